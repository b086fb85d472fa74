/**
 * The e-book's export in the bench, in a process of its own like the
 * pipeline: `node --import tsx bench/probes/book.ts [runs]`. Builds the first story's
 * EPUB `runs` times (after one warm-up, which loads the modules), checks that
 * every run gives the same bytes, and prints one JSON line.
 */
import { buildBook } from '../../lib/book/book';
import { getStories } from '../../lib/content/store';

const runs = Number(process.argv[2] ?? 3);
const story = getStories()[0];
if (!story) throw new Error('no story to export');
const first = buildBook(story);
const times: number[] = [];
let identical = true;
for (let run = 0; run < runs; run++) {
  const started = process.hrtime.bigint();
  const book = buildBook(story);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  identical &&= Buffer.from(book).equals(Buffer.from(first));
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ slug: story.slug, bytes: first.length, medianMs: sorted[Math.floor(sorted.length / 2)], minMs: sorted[0], maxMs: sorted.at(-1), runs, identical }));
