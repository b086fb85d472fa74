/**
 * Many stories for measuring: N copies of the bundled story under new slugs
 * (copy-0001, copy-0002, …), each with a title of its own and its own
 * publication date, one day apart (copy-0001 the newest), so that the order of
 * the home page and the feed can be told apart. The account and its sources are
 * the real ones, unchanged: every copy checks exactly as the original does.
 *
 *   node --import tsx bench/lib/story-copies.ts <count> <folder>   writes <folder>/content/stories
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ORIGINAL = 'teigen-pregnancy-loss-essay';
const ORIGINAL_DIR = fileURLToPath(new URL(`../../content/stories/${ORIGINAL}`, import.meta.url));
const DAY_MS = 86_400_000;

export const copySlug = (index: number) => `copy-${String(index).padStart(4, '0')}`;

/** The day before `isoDate`, `days` times over. */
const daysBefore = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The original's story.mdx with its title marked as the copy it is and its
 * publication moved back `index` days (the first change, the publication,
 * moves with it, as the log of changes requires).
 */
function copyText(text: string, index: number) {
  const published = /^published: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
  if (!published) throw new Error(`${ORIGINAL}/story.mdx has no published date to move`);
  const date = daysBefore(published, index);
  return text
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} (copy ${index})`)
    .replace(/^published: .*$/m, `published: ${date}`)
    .replace(/^( {2}- date: )\S+$/m, `$1${date}`);
}

/** Writes `count` copies under `<folder>/content/stories` and returns that stories folder. */
export function writeStoryCopies(count: number, folder: string) {
  const root = path.join(folder, 'content', 'stories');
  const story = readFileSync(path.join(ORIGINAL_DIR, 'story.mdx'), 'utf8');
  for (let index = 1; index <= count; index++) {
    const dir = path.join(root, copySlug(index));
    mkdirSync(dir, { recursive: true });
    cpSync(ORIGINAL_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'story.mdx'), copyText(story, index));
  }
  return root;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, folder] = [Number(process.argv[2]), process.argv[3]];
  if (!(count > 0) || !folder) {
    console.error('usage: node --import tsx bench/lib/story-copies.ts <count> <folder>');
    process.exit(2);
  }
  console.log(writeStoryCopies(count, folder));
}
