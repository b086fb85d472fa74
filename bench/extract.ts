/**
 * npm run bench:extract: our extractor (lib/authoring/extract) and Mozilla
 * Readability, the baseline, on the same saved pages in the same run, scored
 * with the benchmark's own method (bench/lib/shingles.ts). The pages are read
 * from ../shared/extraction-bench beside the project, never copied into it.
 * EXTRACT_BENCH=<dir> reads them from elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { extractPage } from '../lib/authoring/extract';
import { readabilityText } from './lib/readability.mjs';
import { scorePage, summarise, type PageScore } from './lib/shingles';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = process.env.EXTRACT_BENCH ?? path.resolve(root, '../shared/extraction-bench');

interface Page {
  key: string;
  bytes: Buffer;
  truth: string;
}

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  return readdirSync(path.join(benchDir, 'html')).filter((name) => name.endsWith('.html.gz')).sort().map((name) => {
    const key = name.slice(0, -'.html.gz'.length);
    return { key, bytes: readFileSync(path.join(benchDir, 'html', name)), truth: truth[key]?.articleBody ?? '' };
  });
}

function ours(page: Page): string {
  try {
    return extractPage(page.bytes, page.key).body;
  } catch {
    return '';
  }
}

const readability = (page: Page) => readabilityText(gunzipSync(page.bytes).toString('utf8'));

function run(name: string, extract: (page: Page) => string, pages: Page[]) {
  const started = performance.now();
  const scores: PageScore[] = pages.map((page) => scorePage(extract(page), page.truth));
  const seconds = (performance.now() - started) / 1000;
  return { name, ...summarise(scores), pagesPerSecond: pages.length / seconds, scores };
}

const commit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

if (!existsSync(path.join(benchDir, 'ground-truth.json'))) {
  console.error(`bench:extract: no extraction bench at ${benchDir} (expected ../shared/extraction-bench beside the project, or EXTRACT_BENCH=<dir>)`);
  process.exit(1);
}
const pages = loadPages();
const loadBefore = os.loadavg()[0]!;
const results = [run('ours (lib/authoring/extract)', ours, pages), run('Mozilla Readability 0.6 (linkedom)', readability, pages)];
const loadAfter = os.loadavg()[0]!;
console.log(`extraction bench: ${pages.length} pages from ${path.relative(root, benchDir)}, commit ${commit()}, load ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (1-minute average, ${os.cpus().length} cores)`);
console.log('| extractor | F1 | precision | recall | exact | pages/s |\n| --- | --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.exact.toFixed(3)} | ${r.pagesPerSecond.toFixed(1)} |`);
if (process.env.EXTRACT_BENCH_WORST) {
  const [mine] = results;
  const worst = mine!.scores.map((score, i) => ({ key: pages[i]!.key, score })).sort((a, b) => (a.score.tp) - (b.score.tp)).slice(0, Number(process.env.EXTRACT_BENCH_WORST));
  for (const { key, score } of worst) console.log(`${key.slice(0, 12)} tp ${score.tp.toFixed(2)} fp ${score.fp.toFixed(2)} fn ${score.fn.toFixed(2)}`);
}
