import { buildStory, readStoryListing } from './build';
import { formatDiagnostic } from './diagnostics';
import { listStorySlugs, readStoryFiles } from './files';
import { isSlug } from './ids';
import type { Story, StoryListing } from './model';

/**
 * The app's view of content: validated stories, built once per server process
 * in production (content is fixed at build time) and on every call in
 * development so edits show up at once.
 */

const cache = new Map<string, Story>();
const cacheable = process.env.NODE_ENV === 'production';

export class InvalidContentError extends Error {}

export function getStory(slug: string): Story | undefined {
  if (!isSlug(slug)) return undefined;
  const cached = cache.get(slug);
  if (cached) return cached;
  const files = readStoryFiles(slug);
  if (!files) return undefined;
  const { story, diagnostics } = buildStory(files);
  if (!story) throw new InvalidContentError(`content of story "${slug}" is invalid:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  if (cacheable) cache.set(slug, story);
  return story;
}

export function getStories(): Story[] {
  return listStorySlugs().flatMap((slug) => getStory(slug) ?? []);
}

const listings = new Map<string, StoryListing>();

/**
 * Every story as the pages that list them need it (the home page and its later
 * pages, the feed, the sitemap, each page's route params): from the files'
 * frontmatter, without building a story. Each build worker that renders a
 * page of the list would otherwise build every story: at a thousand stories,
 * minutes of work and gigabytes of memory per worker. The build checked the
 * content first (next.config.mjs), so these are valid stories.
 */
export function getStoryListings(): StoryListing[] {
  return listStorySlugs().flatMap((slug) => {
    const known = listings.get(slug) ?? cache.get(slug);
    if (known) return [known];
    const files = readStoryFiles(slug);
    const listing = files && readStoryListing(files);
    if (!listing) throw new InvalidContentError(`the frontmatter of story "${slug}" is invalid: run npm run content:check`);
    if (cacheable) listings.set(slug, listing);
    return [listing];
  });
}

/** Names the one story a build renders the pages of (scripts/build-story.ts); unset, a build renders every story's. */
export const ONLY_STORY_ENV = 'READER_ONLY_STORY';

/** The stories whose own pages this build prerenders. Pages that list every story still list them all. */
export function renderedStories(): StoryListing[] {
  const only = process.env[ONLY_STORY_ENV];
  const stories = getStoryListings();
  if (!only) return stories;
  const story = stories.find(({ slug }) => slug === only);
  if (!story) throw new InvalidContentError(`${ONLY_STORY_ENV} names no story: "${only}"`);
  return [story];
}

/** Every story page to prerender, as route params: the stories are known when the site is built. */
export const storyParams = () => renderedStories().map((story) => ({ slug: story.slug }));

export const sourceParams = () => renderedStories().flatMap((story) => story.sources.map((source) => ({ slug: story.slug, id: source.id })));

export const summaryParams = () => renderedStories().filter((story) => story.summary).map((story) => ({ slug: story.slug }));
