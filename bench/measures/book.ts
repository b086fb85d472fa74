/** The first story's EPUB: its size and how long the export takes, in a process of its own (bench/probes/book.ts). */
import { defineMeasure, type Bench } from '../measure';
import { runChild } from '../lib/process';

type BookResult = { slug: string; bytes: number; medianMs: number; minMs: number; maxMs: number; runs: number; identical: boolean } | { failed: string };

async function run({ dir, config, log }: Bench): Promise<BookResult> {
  log('e-book export (own process)…');
  const result = await runChild(process.execPath, ['--import', 'tsx', 'bench/probes/book.ts', String(config.runs)], { cwd: dir, timeoutMs: 2 * 60_000 });
  const line = result.stdout.trim().split('\n').pop();
  return result.code === 0 && line ? (JSON.parse(line) as BookResult) : { failed: result.stderr.slice(-500) };
}

export const bookMeasure = defineMeasure({ name: 'book', needs: 'copy', run });
