import { HEADING_IDS, claimId, paragraphId } from './anchors';

/** Every address the app links to, in one place. */
export const storyPath = (slug: string) => `/stories/${slug}`;
export const sourcesPath = (slug: string) => `/stories/${slug}/sources`;
export const sourcePath = (slug: string, id: string) => `/stories/${slug}/sources/${id}`;
export const citationsPath = (slug: string) => `/stories/${slug}/citations.json`;
export const paragraphPath = (slug: string, id: string, paragraph: number) => `${sourcePath(slug, id)}#${paragraphId(paragraph)}`;
export const anchorPath = (slug: string, id: string) => `${storyPath(slug)}#${id}`;
export const claimPath = (slug: string, claim: { id: string }) => anchorPath(slug, claimId(claim));
export const summaryPath = (slug: string) => `/stories/${slug}/summary`;
/** Where the content note's choices are posted (continue, or show the note again). */
export const contentNoteActionPath = (slug: string) => `/stories/${slug}/content-note`;
/** The story as an EPUB, behind the same content note as the story (lib/gate/routing.ts). */
export const bookFileName = (slug: string) => `${slug}.epub`;
export const bookPath = (slug: string) => `/stories/${bookFileName(slug)}`;
/** Where the later pages of the list of stories live (next.config.mjs gives them the home page's caching). */
export const LIST_PAGES_PREFIX = '/page';
/** A page of the list of stories, newest first: the first is the home page, the rest /page/2, /page/3, … */
export const listPagePath = (page: number) => (page === 1 ? '/' : `${LIST_PAGES_PREFIX}/${page}`);
/** A later page's number as its address writes it ("2"), or undefined for anything else (page 1 is "/" only). */
export const listPageNumber = (segment: string) => (/^[1-9][0-9]{0,5}$/.test(segment) && segment !== '1' ? Number(segment) : undefined);
/** The sitemap, and past one file's worth of addresses each part its index lists (lib/view/sitemap.ts). */
export const SITEMAP_PATH = '/sitemap.xml';
export const sitemapPartPath = (part: number) => `/sitemaps/${part}.xml`;
/** The Atom feed of the newest stories. */
export const FEED_PATH = '/feed.xml';

/** A page under /stories/<slug>/, as its folder under app/stories/[slug] ('' is the story itself). */
export interface StoryPage {
  folder: string;
  /** Behind the story's content note: a reader who has not passed it gets the note at this address. */
  gated: boolean;
  /** Where reading starts after the note, when no anchor was asked for. */
  landing?: string;
  /** Data rather than a page: no script may run in it. */
  data?: boolean;
  /** The same for every reader: a shared cache may keep it a while. */
  shared?: boolean;
}

/**
 * Every page of a story, in one table: the gate's rewrites and header rules,
 * the note's own pages, the landing anchors, the data files' policy and the
 * tests all derive from it, and a test fails on a folder under
 * app/stories/[slug] that is not here. A new page is gated unless it says not.
 */
export const STORY_PAGES: readonly StoryPage[] = [
  { folder: '', gated: true, landing: HEADING_IDS.story },
  { folder: 'sources', gated: true, landing: HEADING_IDS.sources },
  { folder: 'sources/[id]', gated: true, landing: HEADING_IDS.source },
  // The gentle alternative the note offers, and the note's own form handler.
  { folder: 'summary', gated: false, shared: true },
  { folder: 'content-note', gated: false },
  { folder: 'citations.json', gated: false, data: true },
];

/** Each page's addresses, as what follows /stories/<slug>/, for a story with these sources. */
export const storyPageRests = (page: StoryPage, sourceIds: readonly string[]): string[][] => {
  const segments = page.folder === '' ? [] : page.folder.split('/');
  return segments.includes('[id]') ? sourceIds.map((id) => segments.map((segment) => (segment === '[id]' ? id : segment))) : [segments];
};

/** The addresses of a story's gated pages, as what follows /stories/<slug>/. */
export const gatedStoryRests = (sourceIds: readonly string[]) => STORY_PAGES.filter((page) => page.gated).flatMap((page) => storyPageRests(page, sourceIds));

/** A page's folder as a pattern of what follows /stories/<slug> ("" or "/sources/heart"). */
export const storyPagePattern = (page: StoryPage) => new RegExp(`^${page.folder === '' ? '' : `/${page.folder.replace('[id]', '[^/]+')}`}$`);

/** The internal route that renders the note for each gated page (lib/gate/routing.ts); never reachable directly. */
export const NOTE_ROUTE = '/content-note';

/** The internal route that serves each story's EPUB; never reachable directly either. */
export const BOOK_ROUTE = '/e-book';

/**
 * The address the reader asked for, for a page rendered under the note's
 * internal route (where the server's own idea of the path is the route's):
 * /content-note/<slug>/sources/heart is /stories/<slug>/sources/heart.
 */
export function readerPathOf(pathname: string): string {
  if (!pathname.startsWith(`${NOTE_ROUTE}/`)) return pathname;
  return `/stories/${pathname.slice(NOTE_ROUTE.length + 1)}`;
}

/**
 * Every address a page answers: its reader's address, and for the note in
 * front of a story also the story's book, /stories/<slug>.epub, where a reader
 * who has not passed the note gets that same note.
 */
export function readerPathsOf(pathname: string): string[] {
  const address = readerPathOf(pathname);
  const rest = pathname.slice(NOTE_ROUTE.length + 1);
  return address !== pathname && !rest.includes('/') ? [address, bookPath(rest)] : [address];
}
