/**
 * Builds at scale, and a correction at scale: the full build (`npm run build`)
 * of 100 and of 1,000 copies of the real story (bench/lib/story-copies.ts), each
 * in a copy of the project of its own, with its wall time and the peak memory
 * of the build and every process under it; then, with the 1,000 built and
 * served, one story's title changed and `npm run build:story` run, timed from
 * the edit until the server gives the new title on the story, the home page
 * and the feed, while readers read the story's pages, the home page and the
 * feed all along (every request must be answered below 400). Issue 21's
 * targets: the build of 1,000 in 10 minutes or less with peak memory 3 GB or
 * less; the correction served within 2 minutes (aim 30 s); issue 31's: no
 * reader request failed during it.
 * On its own, on the work tree (about 13 minutes here):
 *   node --import tsx bench/run.ts scale
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NEXT_DIR, servedCopiesDir } from '../../lib/release/next-layout';
import { answersFrom, load, type LoadRequest } from '../../tests/support/reader-load';
import { serveCommand } from '../../tests/support/serve';
import { createWorkspace } from '../../tests/support/workspace';
import { runChild } from '../lib/process';
import { copySlug, writeStoryCopies } from '../lib/story-copies';
import { defineMeasure, HOST, type Bench } from '../measure';

const SIZES = [100, 1000] as const;
const TARGETS = { buildSeconds: 600, peakBytes: 3 * 1024 ** 3, correctionSeconds: 120 };
const NOTE_COOKIE = 'content-notes';
/** The readers during the correction: a steady trickle, so that they do not slow the build they wait for. */
const READERS = { connections: 4, overallRate: 20 };

/** Runs a command in `dir`, its output to `logFile`: its exit code, wall seconds and the peak memory of it and every process under it. */
const timed = (dir: string, command: string, args: string[], logFile: string) =>
  runChild(command, args, { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1' }, logFile, sampleTreeMemory: true });

const tsx = (dir: string) => path.join(dir, 'node_modules', '.bin', 'tsx');

/** A project copy holding `size` copies of the story and nothing else. */
function projectWith(dir: string, size: number) {
  const workspace = createWorkspace(dir);
  rmSync(path.join(workspace.dir, 'content', 'stories'), { recursive: true, force: true });
  writeStoryCopies(size, workspace.dir);
  return workspace;
}

async function startServer(dir: string, port: number) {
  const server = spawn(...serveCommand(['-p', String(port), '-H', HOST], dir), { cwd: dir, stdio: 'ignore' });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if ((await fetch(`http://${HOST}:${port}/robots.txt`).catch(() => undefined))?.status === 200) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGKILL');
  throw new Error('the server of the 1,000 stories did not become ready');
}

const text = async (url: string, cookie?: string) => (await fetch(url, { headers: cookie ? { Cookie: cookie } : {} })).text();

/** What the readers ask for while the correction is built and published: the corrected story's pages, another story, the lists. */
function readerPages(slug: string): LoadRequest[] {
  const passed = { Cookie: `${NOTE_COOKIE}=${slug}` };
  const story = `/stories/${slug}`;
  const other = copySlug(500);
  return [{ path: story, headers: passed }, { path: story }, { path: '/' }, { path: '/feed.xml' }, { path: `${story}/sources`, headers: passed }, { path: `${story}/summary` }, { path: `/stories/${other}`, headers: { Cookie: `${NOTE_COOKIE}=${other}` } }];
}

/** What the readers met: every failed request by its code, and the answers of 400 or more. */
function readersFigures(readers: Awaited<ReturnType<typeof load>>) {
  const answers400OrMore = answersFrom(readers.statuses, 400);
  return { requests: readers.requests, errors: readers.errors, errorsByCode: readers.errorsByCode, answers400OrMore, p99Ms: readers.latencyP99Ms, maxMs: readers.latencyMaxMs };
}

/**
 * Edits the newest story's title (on the home page and in the feed), runs build:story with readers
 * reading until it ends, and times until the story, the home page and the feed all show it.
 */
async function correction(dir: string, port: number, log: (message: string) => void) {
  const slug = copySlug(1);
  const file = path.join(dir, 'content', 'stories', slug, 'story.mdx');
  const mark = '(corrected by the bench)';
  const base = `http://${HOST}:${port}`;
  const server = await startServer(dir, port);
  try {
    const started = process.hrtime.bigint();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} ${mark}`));
    const building = timed(dir, tsx(dir), ['scripts/build-story.ts', slug], path.join(dir, 'build-story.log'));
    const reading = load({ url: `${base}/`, ...READERS, seconds: 600, until: building, requests: readerPages(slug) });
    const [run, readers] = await Promise.all([building, reading]);
    const pages: [url: string, cookie?: string][] = [[`${base}/stories/${slug}`, `${NOTE_COOKIE}=${slug}`], [`${base}/`], [`${base}/feed.xml`]];
    const served = (await Promise.all(pages.map(([url, cookie]) => text(url, cookie)))).every((body) => body.includes(mark));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // A copy of a page kept by the server would be a page the publish cannot replace (next.config.mjs, isrFlushToDisk).
    const keptCopies = existsSync(servedCopiesDir(path.join(dir, NEXT_DIR)));
    log(`build:story of ${slug} among 1,000: ${run.code === 0 ? 'published' : `failed (${path.join(dir, 'build-story.log')})`}, served: ${served}`);
    return { code: run.code, seconds, buildSeconds: run.seconds, peakRssBytes: run.peakRssBytes!, served, keptCopies, readers: readersFigures(readers) };
  } finally {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}

/** Measures the project at `dir`; `port` is free for the server of the 1,000 stories. */
async function scaleBench(dir: string, port: number, log: (message: string) => void) {
  const builds: Record<number, { code: number | null; seconds: number; peakRssBytes: number; loadAverage: number[] }> = {};
  let correctionResult: Awaited<ReturnType<typeof correction>> | undefined;
  for (const size of SIZES) {
    const workspace = projectWith(dir, size);
    log(`full build of ${size} stories (load average ${os.loadavg()[0]!.toFixed(2)})…`);
    const built = await timed(workspace.dir, tsx(workspace.dir), ['scripts/build.ts'], path.join(workspace.dir, 'build.log'));
    builds[size] = { code: built.code, seconds: built.seconds, peakRssBytes: built.peakRssBytes!, loadAverage: os.loadavg() };
    // A failed build's copy is kept, for its log.
    if (builds[size].code !== 0) throw new Error(`the build of ${size} stories failed: see ${path.join(workspace.dir, 'build.log')}`);
    if (size === SIZES.at(-1)) correctionResult = await correction(workspace.dir, port, log);
    workspace.remove();
  }
  const [small, large] = SIZES.map((size) => builds[size]!) as [(typeof builds)[number], (typeof builds)[number]];
  const result = { builds, correction: correctionResult!, growth: { size: SIZES[1] / SIZES[0], time: large.seconds / small.seconds, memory: large.peakRssBytes / small.peakRssBytes } };
  for (const line of scaleLines(result)) console.log(line);
  return result;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const mark = (met: boolean) => (met ? 'met ' : 'MISS');

type ScaleFigures = Awaited<ReturnType<typeof scaleBench>>;

export function scaleLines({ builds, correction, growth }: ScaleFigures) {
  const large = builds[SIZES[1]]!;
  return [
    ...SIZES.map((size) => `scale: full build of ${size} stories: ${builds[size]!.seconds.toFixed(1)} s, peak memory ${mb(builds[size]!.peakRssBytes)} (load average ${builds[size]!.loadAverage[0]!.toFixed(2)} after)`),
    `scale: growth from 100 to 1,000 stories: time ×${growth.time.toFixed(2)}, memory ×${growth.memory.toFixed(2)}`,
    `scale: ${mark(large.seconds <= TARGETS.buildSeconds)} full build of 1,000 ≤ 10 min: ${large.seconds.toFixed(1)} s`,
    `scale: ${mark(large.peakRssBytes <= TARGETS.peakBytes)} peak memory ≤ 3 GB: ${mb(large.peakRssBytes)}`,
    `scale: ${mark(correction.served && correction.seconds <= TARGETS.correctionSeconds)} a correction among 1,000 served within 2 min: ${correction.seconds.toFixed(1)} s from the edit (build:story ${correction.buildSeconds.toFixed(1)} s, peak ${mb(correction.peakRssBytes)}), on the story, the home page and the feed: ${correction.served}`,
    correctionReadersLine(correction),
  ];
}

/** The readers' line: met when no request failed, none was answered 400 or more, and the server kept no copy of a page. */
function correctionReadersLine({ readers, keptCopies }: ScaleFigures['correction']) {
  const met = readers.errors === 0 && readers.answers400OrMore === 0 && !keptCopies;
  return `scale: ${mark(met)} readers while build:story published: ${readers.requests} requests, ${readers.errors} failed ${JSON.stringify(readers.errorsByCode)}, ${readers.answers400OrMore} answers ≥ 400, p99 ${readers.p99Ms} ms (max ${readers.maxMs} ms); pages kept by the server: ${keptCopies}`;
}

export const scaleMeasure = defineMeasure({ name: 'scale', needs: 'copy', run: ({ dir, config, log }: Bench) => scaleBench(dir, config.port + 5, log) });
