import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StoryFiles } from './build';

/**
 * The only module of the pipeline that touches the disk. (The turbopackIgnore
 * comments stop the bundler tracing the whole project from these dynamic
 * paths; next.config includes content/ in the trace instead.) It reads only names it
 * has listed itself, so no request-supplied string ever becomes a path.
 */

export const STORY_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export function contentRoot(projectRoot = process.cwd()): string {
  return path.join(projectRoot, 'content', 'stories');
}

export function listStorySlugs(root = contentRoot()): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ root)) return [];
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && STORY_SLUG_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Reads a listed story's files; paths in the result are relative to the project for messages. */
export function readStoryFiles(slug: string, root = contentRoot()): StoryFiles | undefined {
  if (!listStorySlugs(root).includes(slug)) return undefined;
  const storyDir = path.join(root, slug);
  const storyPath = path.join(storyDir, 'story.mdx');
  const summaryPath = path.join(storyDir, 'summary.mdx');
  const sourcesDir = path.join(storyDir, 'sources');
  const relative = (file: string) => path.relative(path.dirname(path.dirname(root)), file).split(path.sep).join('/');
  const sourceNames = existsSync(/*turbopackIgnore: true*/ sourcesDir)
    ? readdirSync(/*turbopackIgnore: true*/ sourcesDir).filter((name) => name.endsWith('.md') && statSync(/*turbopackIgnore: true*/ path.join(sourcesDir, name)).isFile()).sort()
    : [];
  return {
    slug,
    story: {
      path: relative(storyPath),
      text: existsSync(/*turbopackIgnore: true*/ storyPath) ? readFileSync(/*turbopackIgnore: true*/ storyPath, 'utf8') : '',
    },
    summary: existsSync(/*turbopackIgnore: true*/ summaryPath)
      ? { path: relative(summaryPath), text: readFileSync(/*turbopackIgnore: true*/ summaryPath, 'utf8') }
      : undefined,
    sources: sourceNames.map((name) => ({
      id: name.slice(0, -'.md'.length),
      path: relative(path.join(sourcesDir, name)),
      text: readFileSync(/*turbopackIgnore: true*/ path.join(sourcesDir, name), 'utf8'),
    })),
  };
}
