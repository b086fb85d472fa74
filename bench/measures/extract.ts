/**
 * npm run bench:extract: the import's extractor (lib/authoring/extract: our
 * rules and Readability.js combined), each candidate alone, and Mozilla
 * Readability as the benchmarks publish it, on the same saved pages in the same
 * run, taking turns page by page, each timed on its own (wall and processor
 * time). Two benchmarks, each scored its own way
 * (bench/lib/shingles.ts, bench/lib/passages.ts), each split once into a
 * development and a check part (bench/lib/split.ts). Not part of npm run
 * bench: npm run bench:extract runs it (node --import tsx bench/run.ts extract). The pages are read from
 * ../shared beside the project, never copied into it; EXTRACT_BENCH_DIR=<dir>
 * reads them from elsewhere. EXTRACT_BENCH_PART=development runs one part
 * only; EXTRACT_BENCH_WORST=<n> lists our n worst development pages (never
 * check pages: they are for measuring only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { readPageText } from '../../lib/authoring/extract/blocks';
import { byTag, parsePage } from '../../lib/authoring/extract/dom';
import { blocksByRules, extractPage, pageHtml, type CandidateOptions } from '../../lib/authoring/extract';
import { readWithReadability } from '../../lib/authoring/extract/candidates/readability';
import { articleNode, readJsonLd, stringOf } from '../../lib/authoring/extract/jsonld';
import { defuddleHtml } from '../lib/defuddle';
import { countPassages, summarisePassages, type PassageCounts } from '../lib/passages';
import { readabilityText } from '../lib/readability';
import { scorePage, summarise, type PageScore } from '../lib/shingles';
import { PARTS, partOf, type Part } from '../lib/split';
import { defineMeasure } from '../measure';

const root = path.resolve(import.meta.dirname, '..', '..');
const sharedDir = process.env.EXTRACT_BENCH_DIR ?? path.resolve(root, '../shared');

interface Page {
  key: string;
  part: Part;
  bytes: Buffer;
  truth: { articleBody: string } | { with: string[]; without: string[] };
  /** The page's address as the benchmark records it, where it does (Zyte's do). */
  address?: string;
}

interface Benchmark {
  title: string;
  dir: string;
  truthFile: string;
  truthOf: (entry: Record<string, unknown>) => Page['truth'];
  addressOf?: (entry: Record<string, unknown>) => string | undefined;
}

const BENCHMARKS: Benchmark[] = [
  {
    title: 'Zyte article-extraction benchmark (F1 of word shingles, exact = token list equal)',
    dir: 'extraction-bench', truthFile: 'ground-truth.json',
    truthOf: (entry) => ({ articleBody: String(entry.articleBody ?? '') }),
    addressOf: (entry) => (typeof entry.url === 'string' ? entry.url : undefined),
  },
  {
    title: "trafilatura's multilingual corpus (passages kept and left out)",
    dir: 'extraction-bench-multilingual', truthFile: 'evaldata.json',
    truthOf: (entry) => ({ with: entry.with as string[], without: entry.without as string[] }),
  },
];

function loadPages(benchmark: Benchmark): Page[] {
  const dir = path.join(sharedDir, benchmark.dir);
  const truth = JSON.parse(readFileSync(path.join(dir, benchmark.truthFile), 'utf8')) as Record<string, Record<string, unknown>>;
  return readdirSync(path.join(dir, 'html')).filter((name) => name.endsWith('.html.gz')).sort().map((name) => {
    const key = name.slice(0, -'.html.gz'.length);
    const entry = truth[key] ?? {};
    return { key, part: partOf(key), bytes: readFileSync(path.join(dir, 'html', name)), truth: benchmark.truthOf(entry), address: benchmark.addressOf?.(entry) };
  });
}

/** Each extractor gives a page's text, or undefined when it refuses the page or finds nothing on it. */
interface Extractor {
  name: string;
  /** Read in its own pass after the others: its garbage would be collected, and timed, in theirs. */
  alone?: boolean;
  read: (page: Page) => Promise<string | undefined> | string | undefined;
}

const nonEmpty = (text: string | undefined) => (text && text.trim() !== '' ? text : undefined);
const blockTexts = (html: string) => readPageText(parseDocument(html)).blocks.map((block) => block.text).join('\n');

/** Pages on which the import asked Readability, counted per pass: how often each path is taken. */
let readabilityAsked = 0;
const countedReadability = (html: string) => {
  readabilityAsked++;
  return readWithReadability(html);
};

/** The address the import gave each page (null: none), by page key: its metadata, measured beside its text. */
const importAddresses = new Map<string, string | null>();

async function importBody(page: Page, options: CandidateOptions): Promise<string | undefined> {
  try {
    const extraction = await extractPage(page.bytes, page.key, { readLibrary: countedReadability, ...options });
    if (!options.skipWhenRulesSuffice) importAddresses.set(page.key, extraction.url);
    return extraction.body;
  } catch {
    importAddresses.set(page.key, null);
    return undefined;
  }
}

/** The page's own statement of its address, as written (issue 29: kept wherever a page states one). */
function canonicalLink(page: Page): string | undefined {
  const link = byTag(parsePage(pageHtml(page.bytes)), 'link').find((element) => (element.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const href = link?.attribs.href;
  return href && /^https?:\/\//.test(href) ? href : undefined;
}

/** Addresses compared without their fragment, scheme or final slash: the same page either way. */
const sameAddress = (a: string | null | undefined, b: string | undefined) => {
  const plain = (address: string) => address.replace(/#.*$/, '').replace(/^https?:/, '').replace(/\/$/, '');
  return Boolean(a && b) && plain(a!) === plain(b!);
};

/** One line per part: the import's address against the page's canonical link and against the benchmark's, and any with a fragment. */
function addressLine(pages: Page[], part: Part): string {
  const inPart = pages.filter((page) => page.part === part);
  const stating = inPart.flatMap((page) => {
    const canonical = canonicalLink(page);
    return canonical ? [{ page, canonical }] : [];
  });
  const kept = stating.filter(({ page, canonical }) => sameAddress(importAddresses.get(page.key), canonical)).length;
  const recorded = inPart.filter((page) => page.address);
  const matched = recorded.filter((page) => sameAddress(importAddresses.get(page.key), page.address)).length;
  const fragments = inPart.filter((page) => importAddresses.get(page.key)?.includes('#')).length;
  const benchmarks = recorded.length > 0 ? `, the benchmark's own address on ${matched} of ${recorded.length}` : '';
  return `${part}, the import's address: the page's canonical link on ${kept} of ${stating.length} pages that state one${benchmarks}; with a fragment: ${fragments}`;
}

/** The yardstick the import's speed is compared with. */
const READABILITY_AS_PUBLISHED: Extractor = {
  name: 'Mozilla Readability.js 0.6 alone (linkedom; textContent, as published)',
  read: (page) => nonEmpty(readabilityText(pageHtml(page.bytes))),
};

/** The import first: its figures are the ones compared. */
const EXTRACTORS: Extractor[] = [
  { name: 'ours: rules and Readability.js combined (the import)', read: (page) => importBody(page, {}) },
  {
    name: 'ours, Readability.js skipped where our rules hold 95% of the paragraph text (not the import\'s default)',
    read: (page) => importBody(page, { skipWhenRulesSuffice: true }),
  },
  {
    name: 'our rules alone (with the JSON-LD articleBody)',
    read: (page) => {
      const document = parsePage(pageHtml(page.bytes));
      return nonEmpty(blocksByRules(document, readPageText(document).blocks).chosen.map((block) => block.text).join('\n'));
    },
  },
  { name: 'Defuddle 0.19 alone (linkedom)', alone: true, read: (page) => nonEmpty(blockTexts(defuddleHtml(pageHtml(page.bytes)))) },
  { name: "the page's JSON-LD articleBody alone", read: (page) => stringOf(articleNode(readJsonLd(parseDocument(pageHtml(page.bytes))))?.articleBody) },
  READABILITY_AS_PUBLISHED,
];

interface PartResult {
  part: Part;
  pages: number;
  refused: string[];
  /** Pages on which this extractor asked the import's Readability worker. */
  readabilityAsked: number;
  pagesPerSecond: number;
  /** Processor time per page, the worker thread's included: what load on a shared machine moves least. */
  cpuMsPerPage: number;
  scores: (PageScore | PassageCounts)[];
}

interface Tally {
  texts: (string | undefined)[];
  seconds: number;
  cpuMs: number;
  readabilityAsked: number;
}

/**
 * The extractors read each page in turn, page after page, so that a change in
 * the machine's load falls on all of them alike and their speeds can be
 * compared within the run; Defuddle, which makes far more garbage, reads
 * after them.
 */
async function runPart(pages: Page[], part: Part): Promise<PartResult[]> {
  const inPart = pages.filter((page) => page.part === part);
  const tallies: Tally[] = EXTRACTORS.map(() => ({ texts: [], seconds: 0, cpuMs: 0, readabilityAsked: 0 }));
  const turns = (alone: boolean) => EXTRACTORS.flatMap((extractor, i) => (Boolean(extractor.alone) === alone ? [i] : []));
  for (const page of inPart) for (const i of turns(false)) await timedRead(EXTRACTORS[i]!, page, tallies[i]!);
  for (const i of turns(true)) for (const page of inPart) await timedRead(EXTRACTORS[i]!, page, tallies[i]!);
  return tallies.map((tally) => partResult(inPart, part, tally));
}

async function timedRead(extractor: Extractor, page: Page, tally: Tally): Promise<void> {
  readabilityAsked = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  tally.texts.push(await extractor.read(page));
  tally.seconds += (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  tally.cpuMs += (used.user + used.system) / 1000;
  tally.readabilityAsked += readabilityAsked;
}

function partResult(inPart: Page[], part: Part, tally: Tally): PartResult {
  const scores = inPart.map((page, i) => {
    const text = tally.texts[i] ?? '';
    return 'articleBody' in page.truth ? scorePage(text, page.truth.articleBody) : countPassages(text, page.truth.with, page.truth.without);
  });
  return {
    part, pages: inPart.length, readabilityAsked: tally.readabilityAsked, scores,
    refused: inPart.filter((_, i) => tally.texts[i] === undefined).map((page) => page.key),
    pagesPerSecond: inPart.length / tally.seconds, cpuMsPerPage: tally.cpuMs / inPart.length,
  };
}

function row(name: string, result: PartResult): string {
  const tail = `${result.pagesPerSecond.toFixed(1)} | ${result.cpuMsPerPage.toFixed(1)} | ${result.refused.length} |`;
  if ('exact' in (result.scores[0] ?? {})) {
    const s = summarise(result.scores as PageScore[]);
    return `| ${name} | ${result.part} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.exact.toFixed(3)} | ${tail}`;
  }
  const s = summarisePassages(result.scores as PassageCounts[]);
  return `| ${name} | ${result.part} | ${s.f.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | | ${tail}`;
}

const commit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

async function benchmark(bench: Benchmark, worst: number): Promise<void> {
  const pages = loadPages(bench);
  const count = (part: Part) => pages.filter((page) => page.part === part).length;
  console.log(`\n${bench.title}: ${pages.length} pages (${count('development')} development, ${count('check')} check)\n`);
  const parts = PARTS.filter((part) => (process.env.EXTRACT_BENCH_PART ?? part) === part);
  const results = new Map<Part, PartResult[]>();
  for (const part of parts) results.set(part, await runPart(pages, part));
  console.log('| extractor | part | F | precision | recall | exact | pages/s | CPU ms/page | refused or nothing found |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [i, extractor] of EXTRACTORS.entries()) {
    for (const part of parts) {
      const result = results.get(part)![i]!;
      const asked = result.readabilityAsked > 0 ? ` (Readability.js asked on ${result.readabilityAsked} of ${result.pages} pages)` : '';
      console.log(row(`${extractor.name}${asked}`, result));
    }
  }
  for (const part of parts) {
    const ours = results.get(part)![0]!;
    const readability = results.get(part)![EXTRACTORS.indexOf(READABILITY_AS_PUBLISHED)]!;
    const skipping = results.get(part)![1]!;
    const ratio = (result: PartResult) => `pages/s ${(result.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}×, CPU per page ${(result.cpuMsPerPage / readability.cpuMsPerPage).toFixed(2)}×`;
    console.log(`${part}, against Readability.js alone: ours ${ratio(ours)}; skipping where our rules suffice ${ratio(skipping)}`);
  }
  for (const part of parts) console.log(addressLine(pages, part));
  const development = results.get('development');
  if (development && worst > 0) listWorst(pages.filter((page) => page.part === 'development'), development[0]!, worst);
}

function listWorst(pages: Page[], result: PartResult, worst: number): void {
  const badness = (score: PageScore | PassageCounts) => ('exact' in score ? score.fp + score.fn : score.fp + score.fn);
  const ranked = result.scores.map((score, i) => ({ key: pages[i]!.key, score })).sort((a, b) => badness(b.score) - badness(a.score)).slice(0, worst);
  for (const { key, score } of ranked) console.log(`  ${key.slice(0, 16)} ${JSON.stringify(score)}${result.refused.includes(key) ? ' refused' : ''}`);
}

/** Prints the tables; the pages are outside the project, so it runs on nothing of the bench's copy. */
async function run(): Promise<void> {
  for (const bench of BENCHMARKS) {
    if (!existsSync(path.join(sharedDir, bench.dir, bench.truthFile))) {
      console.error(`bench:extract: no ${bench.dir} in ${sharedDir} (expected ../shared beside the project, or EXTRACT_BENCH_DIR=<dir>)`);
      process.exit(1);
    }
  }
  const loadBefore = os.loadavg()[0]!;
  console.log(`bench:extract ${new Date().toISOString()}, commit ${commit()}, Node ${process.version}, ${os.cpus().length} cores, load ${loadBefore.toFixed(2)} (1-minute average) at the start`);
  for (const bench of BENCHMARKS) await benchmark(bench, Number(process.env.EXTRACT_BENCH_WORST ?? 0));
  console.log(`\nload ${os.loadavg()[0]!.toFixed(2)} at the end`);
}

export const extractMeasure = defineMeasure({ name: 'extract', needs: 'nothing', byNameOnly: true, run });
