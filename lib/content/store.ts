import { buildStory } from './build';
import { formatDiagnostic } from './diagnostics';
import { listStorySlugs, readStoryFiles } from './files';
import { isSlug } from './ids';
import type { Story } from './model';

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

/** Every story page to prerender, as route params: the stories are known when the site is built. */
export const storyParams = () => getStories().map((story) => ({ slug: story.slug }));

export const sourceParams = () => getStories().flatMap((story) => story.sources.map((source) => ({ slug: story.slug, id: source.id })));

export const summaryParams = () => getStories().filter((story) => story.summary).map((story) => ({ slug: story.slug }));
