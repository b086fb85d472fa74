import { isSlug } from '../content/ids';
import { isWithin, pathOf, safeReturnPath as safeSitePath } from '../http/return-path';
import { STORY_PAGES, storyPagePattern, storyPath } from '../view/routes';

/**
 * The content note's gate, as pure functions (no request, no disk), shared by
 * the gate's routing rules (routing.ts), the note's form handler and the tests:
 *  - which request paths are gated, and for which story;
 *  - which "return" values are safe to redirect to after the reader chooses
 *    (only paths inside that story; anything else falls back to its first page);
 *  - where focus and reading should start when no anchor was asked for.
 */

/** Every response of a gated page depends on the cookie: never stored by any cache, shared or not. */
export const GATED_CACHE_CONTROL = 'private, no-store';

/**
 * Pages of a story that are not gated (lib/view/routes.ts, STORY_PAGES): the
 * machine-readable export, the gentle summary (it is the alternative the note
 * offers) and the note's own form handler.
 */
export const UNGATED_STORY_PAGES: readonly string[] = STORY_PAGES.filter((page) => !page.gated).map((page) => page.folder);

/**
 * Where to send the reader after a choice on the note: `value` (a path with an
 * optional #fragment, as the note's form posts it) when it is a safe path
 * (lib/http/return-path.ts) inside /stories/<slug>, otherwise the story's first
 * page. An unsafe fragment is dropped, keeping the path. Never returns anything
 * but "/stories/<slug>…", so it cannot redirect off-site.
 */
export function safeReturnPath(slug: string, value: unknown): string {
  if (!isSlug(slug)) return '/';
  const base = storyPath(slug);
  const safe = safeSitePath(value);
  return safe !== undefined && isWithin(pathOf(safe), base) ? safe : base;
}

/**
 * After continuing with no anchor asked for, reading starts at the page's own
 * heading: the path gets that heading's fragment (which also moves the
 * browser's sequential focus starting point there, with or without JavaScript).
 */
export function withLandingAnchor(slug: string, safePath: string): string {
  if (safePath.includes('#')) return safePath;
  const rest = safePath.slice(storyPath(slug).length);
  const landing = STORY_PAGES.find((page) => page.landing && storyPagePattern(page).test(rest))?.landing;
  return landing ? `${safePath}#${landing}` : safePath;
}
