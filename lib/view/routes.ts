import { markerId, paragraphId } from './anchors';

/** Every address the app links to, in one place. */
export const storyPath = (slug: string) => `/stories/${slug}`;
export const sourcesPath = (slug: string) => `/stories/${slug}/sources`;
export const sourcePath = (slug: string, id: string) => `/stories/${slug}/sources/${id}`;
export const citationsPath = (slug: string) => `/stories/${slug}/citations.json`;
export const paragraphPath = (slug: string, id: string, paragraph: number) => `${sourcePath(slug, id)}#${paragraphId(paragraph)}`;
export const anchorPath = (slug: string, id: string) => `${storyPath(slug)}#${id}`;
export const claimPath = (slug: string, claim: { id: string }) => anchorPath(slug, markerId(claim));
export const summaryPath = (slug: string) => `/stories/${slug}/summary`;
/** Where the content note's choices are posted (continue, or show the note again). */
export const contentNoteActionPath = (slug: string) => `/stories/${slug}/content-note`;
/** The story as an EPUB, behind the same content note as the story (lib/gate/routing.ts). */
export const bookFileName = (slug: string) => `${slug}.epub`;
export const bookPath = (slug: string) => `/stories/${bookFileName(slug)}`;
/** The Atom feed of every story. */
export const FEED_PATH = '/feed.xml';
