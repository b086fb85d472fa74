import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SLUG_PATTERN } from './ids';
import { STORIES_DIR } from './location.mjs';

/**
 * Stage 0 of the pipeline, and the only module of it that touches the disk.
 * (The turbopackIgnore comments stop the bundler tracing the whole project from
 * these dynamic paths; next.config includes content/ in the trace instead.) It
 * reads only names it has listed itself, so no request-supplied string ever
 * becomes a path.
 */

export interface ContentFile {
  /** Path as shown to authors, relative to the project root. */
  path: string;
  text: string;
}

export interface StoryFiles {
  slug: string;
  /** story.mdx, the account; without text when the story's folder has none. */
  story: { path: string; text?: string | undefined };
  /** The optional gentle summary, summary.mdx. */
  summary?: ContentFile | undefined;
  /** Source files with the id each one's file name gives. */
  sources: (ContentFile & { id: string })[];
  /** The saved pages kept beside the sources (`<id>.html.gz`): file name → SHA-256 of the page before compression. */
  savedPages?: Map<string, string> | undefined;
}

const SAVED_PAGE = /\.html\.gz$/;

/** A kept page that does not decompress hashes as its raw bytes, so the check reports it as changed rather than crashing. */
function savedPageHash(file: string): string {
  const bytes = readFileSync(/*turbopackIgnore: true*/ file);
  let page: Buffer;
  try {
    page = gunzipSync(bytes);
  } catch {
    page = bytes;
  }
  return createHash('sha256').update(page).digest('hex');
}

export function contentRoot(projectRoot = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ projectRoot, STORIES_DIR);
}

export function listStorySlugs(root = contentRoot()): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ root)) return [];
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && SLUG_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

const readIfFile = (file: string, shownAs: string): ContentFile | undefined =>
  existsSync(/*turbopackIgnore: true*/ file) && statSync(/*turbopackIgnore: true*/ file).isFile()
    ? { path: shownAs, text: readFileSync(/*turbopackIgnore: true*/ file, 'utf8') }
    : undefined;

/**
 * Reads a listed story's files; paths in the result are relative to the project, for messages.
 * A caller reading many stories passes the list it has (listing the folder once per story made
 * checking 1,000 stories read a million directory entries).
 */
export function readStoryFiles(slug: string, root = contentRoot(), listed: readonly string[] = listStorySlugs(root)): StoryFiles | undefined {
  if (!listed.includes(slug)) return undefined;
  const storyDir = path.join(root, slug);
  const sourcesDir = path.join(storyDir, 'sources');
  const relative = (file: string) => path.relative(path.dirname(path.dirname(root)), file).split(path.sep).join('/');
  const read = (file: string) => readIfFile(file, relative(file));
  const names = existsSync(/*turbopackIgnore: true*/ sourcesDir) ? readdirSync(/*turbopackIgnore: true*/ sourcesDir).sort() : [];
  const sourceNames = names.filter((name) => name.endsWith('.md'));
  return {
    slug,
    story: read(path.join(storyDir, 'story.mdx')) ?? { path: relative(path.join(storyDir, 'story.mdx')) },
    summary: read(path.join(storyDir, 'summary.mdx')),
    sources: sourceNames.flatMap((name) => {
      const file = read(path.join(sourcesDir, name));
      return file ? [{ ...file, id: name.slice(0, -'.md'.length) }] : [];
    }),
    savedPages: new Map(names.filter((name) => SAVED_PAGE.test(name)).map((name) => [name, savedPageHash(path.join(sourcesDir, name))])),
  };
}
