import { buildStory } from './build';
import { listStorySlugs, readStoryFiles, STORY_SLUG_PATTERN } from './files';
import { formatDiagnostic, sortDiagnostics } from './diagnostics';
import type { Source, Story } from './model';

/**
 * The app's view of content: validated stories, built once per server process
 * in production (content is fixed at build time) and on every call in
 * development so edits show up at once.
 */

const cache = new Map<string, Story>();
const cacheable = process.env.NODE_ENV === 'production';

export class InvalidContentError extends Error {}

export function getStory(slug: string): Story | undefined {
  if (!STORY_SLUG_PATTERN.test(slug)) return undefined;
  const cached = cache.get(slug);
  if (cached) return cached;
  const files = readStoryFiles(slug);
  if (!files) return undefined;
  const { story, diagnostics } = buildStory(files);
  if (!story) {
    throw new InvalidContentError(
      `content of story "${slug}" is invalid:\n${sortDiagnostics(diagnostics).map(formatDiagnostic).join('\n')}`,
    );
  }
  if (cacheable) cache.set(slug, story);
  return story;
}

export function getStories(): Story[] {
  return listStorySlugs().flatMap((slug) => getStory(slug) ?? []);
}

export function findSource(story: Story, id: string): Source | undefined {
  return story.sources.find((source) => source.id === id);
}
