import { BOOK_ROUTE, bookPath, NOTE_ROUTE, storyPath } from '../view/routes';
import { CONTENT_NOTE_COOKIE } from './cookie';
import { GATED_CACHE_CONTROL, UNGATED_STORY_PAGES } from './paths';

/**
 * The content note's gate as next.config rules, decided by the router without
 * rendering and without a request from the server to itself: a reader whose
 * content-notes cookie does not hold a story's slug is served that story's
 * note, in process, at the address they asked for. Generated from the story
 * list at build time (a story added later needs a build, as its pages do).
 */


/** Where requests that must not be served go: no route answers it, so it is the 404 page. */
const NOWHERE = '/_reader/not-a-page';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every page under a story but the ungated ones, spelt exactly: fails closed, as gatedStoryOf does. */
const GATED_REST = `:rest((?!(?:${UNGATED_STORY_PAGES.map(escapeRegExp).join('|')})$).+)`;

/** The cookie holds this slug as one of its comma-separated items (the router URI-decodes it and anchors the pattern). */
const hasPassed = (slug: string) => [{ type: 'cookie' as const, key: CONTENT_NOTE_COOKIE, value: `(?:.*,)?${escapeRegExp(slug)}(?:,.*)?` }];

export interface RouteRule {
  source: string;
  destination: string;
  has?: { type: 'cookie'; key: string; value: string }[];
  missing?: { type: 'cookie'; key: string; value: string }[];
}

/**
 * The gate, for next.config's beforeFiles rewrites. Order matters: these rules
 * chain, each seeing the path the one before produced.
 *  1. A path with percent-encoding goes nowhere: rewrite sources are matched
 *     against the raw path but pages are found by the decoded one, so
 *     /stories/teigen%2Dessay would otherwise reach the story ungated.
 *  2. The note's own route, and the book's, go nowhere when asked for directly.
 *  3. Each story's pages go to its note unless the reader has passed it; its
 *     book (/stories/<slug>.epub) to the book's route if they have, else to the note.
 */
export function gateRewrites(slugs: readonly string[]): RouteRule[] {
  return [
    { source: '/:path(.*%.*)', destination: NOWHERE },
    { source: `${NOTE_ROUTE}/:path*`, destination: NOWHERE },
    { source: `${BOOK_ROUTE}/:path*`, destination: NOWHERE },
    ...slugs.flatMap((slug) => [
      { source: storyPath(slug), destination: `${NOTE_ROUTE}/${slug}`, missing: hasPassed(slug) },
      { source: `${storyPath(slug)}/${GATED_REST}`, destination: `${NOTE_ROUTE}/${slug}/:rest`, missing: hasPassed(slug) },
      { source: bookPath(slug), destination: `${BOOK_ROUTE}/${slug}`, has: hasPassed(slug) },
      { source: bookPath(slug), destination: `${NOTE_ROUTE}/${slug}`, missing: hasPassed(slug) },
    ]),
  ];
}

/** The same URL shows the note or the story, depending on the cookie: no cache may keep either. */
export function gateHeaders() {
  const headers = [
    { key: 'Cache-Control', value: GATED_CACHE_CONTROL },
    { key: 'Vary', value: 'Cookie' },
  ];
  return [
    { source: '/stories/:slug', headers },
    { source: `/stories/:slug/${GATED_REST}`, headers },
  ];
}
