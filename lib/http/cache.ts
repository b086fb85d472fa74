/**
 * What caches may keep, for the answers that are the same for every reader
 * and fixed until the next deployment (the citations export, the home page,
 * the summary, the feed): browsers five minutes, shared caches an hour, and a
 * stale copy while they fetch a fresh one. Story pages are never among them:
 * the same address shows the content note or the story (lib/gate/routing.ts).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

/**
 * The sitemap's: any cache may keep it but must ask again each time (what Next
 * sends for its own metadata files, robots.txt among them), so a crawler never
 * reads a list of stories older than the deployment.
 */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
