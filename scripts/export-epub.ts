/**
 * npm run export:epub -- <slug> [--out <file>] [--content <folder>]
 * Writes a story's EPUB to a file: the same bytes the site serves at
 * /stories/<slug>.epub. Exits 1, writing nothing, for an unknown story or
 * for content that fails content:check (its problems printed as that prints them).
 */
import { writeFileSync } from 'node:fs';
import { buildBook } from '../lib/book/book';
import { buildStory } from '../lib/content/build';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { listStorySlugs, readStoryFiles } from '../lib/content/files';
import { bookFileName } from '../lib/view/routes';
import { readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run export:epub -- <slug> [options]
  <slug>             the story to export
  --out <file>       where to write the book (default: ./<slug>.epub)
  --content <dir>    the content/stories folder (default: ./content/stories)
  --help             print this and exit`;

function main(): number {
  const { values, positionals, help } = readCommandLine({ out: { type: 'string' }, content: { type: 'string' } });
  if (help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`give exactly one story's slug, got ${positionals.length}`);
  const slug = positionals[0]!;
  const files = readStoryFiles(slug, values.content);
  if (!files) {
    const known = listStorySlugs(values.content);
    console.error(`export:epub: no story "${slug}"; known stories: ${known.length > 0 ? known.join(', ') : 'none'}`);
    return 1;
  }
  const { story, diagnostics } = buildStory(files);
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  if (!story) {
    console.error(`export:epub: the content of "${slug}" fails content:check (above): no book written`);
    return 1;
  }
  const started = performance.now();
  const book = buildBook(story);
  const milliseconds = performance.now() - started;
  const out = values.out ?? bookFileName(slug);
  writeFileSync(out, book);
  console.error(`export:epub: wrote ${out}, ${book.length} bytes, built in ${milliseconds.toFixed(0)} ms`);
  return 0;
}

runCommand('export:epub', usage, main);
