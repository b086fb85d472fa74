/**
 * What caches may keep, for the answers that are the same for every reader
 * (the citations export, the home page, the summary, the feed): browsers a
 * minute, shared caches half a minute, so a correction published by
 * `npm run build:story` reaches every reader within two minutes; past that a
 * cache may serve its copy while it fetches a fresh one, or for a day while
 * the servers are down. Story pages are never among them: the same address
 * shows the content note or the story (lib/gate/routing.ts).
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, s-maxage=30, stale-while-revalidate=86400, stale-if-error=86400';

/** The reader's settings stylesheet: one reader's, asked again on every page view (an unchanged one is a 304). */
export const READER_SETTINGS_CACHE_CONTROL = 'private, no-cache';

/**
 * The sitemap's: any cache may keep it but must ask again each time (what Next
 * sends for its own metadata files, robots.txt among them), so a crawler never
 * reads a list of stories older than the deployment.
 */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
