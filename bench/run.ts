/**
 * npm run bench: how fast, light and steady the reader is, measured end to end.
 *
 *   node --import tsx bench/run.ts             every measure, on a fresh copy of the project
 *   node --import tsx bench/run.ts <name>…     those measures alone, on this checkout as it is
 *   node --import tsx bench/run.ts --list      their names
 *
 * The measures are bench/measures/ (the list, in order: bench/measures/index.ts):
 * the cold build, the content pipeline, the e-book, then with the production
 * server running the story page's bytes, the reading pages' script,
 * Lighthouse, throughput beside a plain nginx and behind the cache, a load
 * while both cores are busy; then three instances restarted under load,
 * content:check over many stories, and builds and a correction at scale. The
 * whole run prints one table and writes it, with every figure, to
 * bench/results/latest.json and latest.txt; a measure named alone prints its
 * figures as JSON (and keeps its logs in a temporary folder it names, never in
 * the checkout). bench:extract is the measure `extract`, never part of the
 * whole run.
 *
 * Every load goes to loopback only, for a fixed time. Settings (environment):
 * BENCH_PORT (3460; the plain nginx uses the next port, the cache the one after,
 * the restarts' instances and cache the four after that), BENCH_RUNS (3),
 * BENCH_LIGHTHOUSE_RUNS (5), BENCH_SECONDS (10, per throughput run),
 * BENCH_LOAD_SECONDS (30), BENCH_LOAD_CONNECTIONS (50), BENCH_LIGHTHOUSE=0 to
 * skip Lighthouse, BENCH_SIZES (10,100,1000), BENCH_KEEP=1 to keep the
 * workspace, BENCH_REF=<git revision> to measure a commit instead of the work tree.
 * Run it on an otherwise idle machine: other work on the two cores shows up
 * in every figure (the load average before and after is recorded).
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_NOTE_COOKIE } from '../lib/gate/cookie';
import { serveCommand } from '../tests/support/serve';
import { createWorkspace } from '../tests/support/workspace';
import { residentBytes } from './lib/memory';
import { startProcess, stopAll, stopProcess, waitForHttp } from './lib/process';
import { formatTable, type Meta, type Results } from './lib/report';
import { HOST, readConfig, type Bench, type BenchConfig, type Served, type Target } from './measure';
import { MEASURES } from './measures';

const ROOT = process.cwd();
const log = (message: string) => console.error(`bench: ${message}`);

function git(args: string[]) {
  try {
    return execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

/** Starts the production server of the project in `dir`, and finds its first story, warmed up. */
async function startServer({ dir, logs, config }: Bench): Promise<Served & { process: ChildProcess }> {
  log('starting the production server on 127.0.0.1…');
  const base = `http://${HOST}:${config.port}`;
  const logFile = path.join(logs, 'server.log');
  const [command, args] = serveCommand(['-p', String(config.port), '-H', HOST], dir);
  const server = startProcess(command, args, { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, logFile });
  await waitForHttp(`${base}/`, server);
  const slug = /href="\/stories\/([a-z0-9][a-z0-9-]*)"/.exec(await (await fetch(`${base}/`)).text())?.[1];
  if (!slug) throw new Error('no story linked from the home page');
  const [storyPath, cookie] = [`/stories/${slug}`, `${CONTENT_NOTE_COOKIE}=${slug}`];
  for (let i = 0; i < 5; i++) {
    for (const page of ['/', storyPath, `${storyPath}/sources`]) await (await fetch(`${base}${page}`, { headers: { Cookie: cookie } })).arrayBuffer();
  }
  const rssAfterWarmUp = residentBytes(server.pid!);
  const storyHtml = await (await fetch(`${base}${storyPath}`, { headers: { Cookie: cookie, 'Accept-Encoding': 'identity' } })).text();
  return { process: server, base, pid: server.pid!, logFile, slug, storyPath, cookie, storyHtml, rssAfterWarmUp };
}

/**
 * Runs the measures in order on the project in `dir`, its server started for
 * the first that needs it and stopped before the first that does not (and at
 * the end); their figures by name, and the server's story and memory once warm.
 */
async function runMeasures(measures: readonly (typeof MEASURES)[number][], where: Pick<Bench, 'dir' | 'logs' | 'config'>) {
  let server: ReturnType<typeof startServer> | undefined;
  let served: Served | undefined;
  const bench: Bench = { ...where, log, server: () => (server ??= startServer(bench).then((started) => (served = started))) };
  const stopServer = async () => {
    if (server) await stopProcess((await server).process);
    server = undefined;
  };
  const figures: Record<string, unknown> = {};
  for (const measure of measures) {
    if (measure.needs !== 'server') await stopServer();
    figures[measure.name] = await measure.run(bench);
  }
  await stopServer();
  return { figures, served };
}

function targetsOf(figures: Record<string, unknown>): Target[] {
  return MEASURES.flatMap((measure) => (measure.name in figures && 'targets' in measure ? (measure.targets as (result: unknown) => Target[])(figures[measure.name]) : []));
}

function metaBefore(config: BenchConfig) {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryBytes: os.totalmem(),
    loadAverageBefore: os.loadavg(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    measured: process.env.BENCH_REF ? `git ${process.env.BENCH_REF}` : 'work tree',
    uncommittedChanges: process.env.BENCH_REF ? false : Boolean(git(['status', '--porcelain'])),
    next: (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version,
    config,
  };
}

function writeResults(results: Results) {
  const table = formatTable(results);
  console.log(table);
  const dir = path.join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(dir, 'latest.txt'), `${table}\n`);
  log(`written bench/results/latest.json and latest.txt (${results.meta.benchSeconds} s)`);
}

/** npm run bench: every measure but those run by name only, on a private copy of the project (or of BENCH_REF). */
async function runAll(config: BenchConfig) {
  const started = Date.now();
  const before = metaBefore(config);
  log('copying the project to a private workspace…');
  const workspace = createWorkspace(ROOT, process.env.BENCH_REF);
  const cleanup = async () => {
    await stopAll();
    if (process.env.BENCH_KEEP !== '1') workspace.remove();
  };
  stopOnSignals(cleanup);
  try {
    const measures = MEASURES.filter((measure) => !('byNameOnly' in measure && measure.byNameOnly));
    const { figures, served } = await runMeasures(measures, { dir: workspace.dir, logs: workspace.dir, config });
    const meta: Meta = { ...before, loadAverageAfter: os.loadavg(), benchSeconds: Math.round((Date.now() - started) / 1000), story: served?.storyPath, serverRssAfterWarmUp: served?.rssAfterWarmUp };
    writeResults({ meta, ...(figures as Omit<Results, 'meta' | 'targets'>), targets: targetsOf(figures) });
  } finally {
    await cleanup();
  }
}

/** Named measures, on this checkout as it is (its build, where they need one). */
async function runNamed(names: string[], config: BenchConfig) {
  const measures = names.map((name) => {
    const measure = MEASURES.find((candidate) => candidate.name === name);
    if (!measure) throw new Error(`no measure "${name}": ${MEASURES.map((m) => m.name).join(', ')}`);
    return measure;
  });
  const logs = mkdtempSync(path.join(os.tmpdir(), 'reader-bench-logs-'));
  log(`logs in ${logs}`);
  stopOnSignals(stopAll);
  try {
    const { figures } = await runMeasures(measures, { dir: ROOT, logs, config });
    for (const value of Object.values(figures)) if (value !== undefined) console.log(JSON.stringify(value, null, 1));
  } finally {
    await stopAll();
  }
}

function stopOnSignals(cleanup: () => Promise<void>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`stopping on ${signal}…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

const names = process.argv.slice(2);
if (names[0] === '--list') {
  for (const measure of MEASURES) console.log(`${measure.name}${'byNameOnly' in measure ? ' (by name only)' : ''}`);
  process.exit(0);
}
(names.length > 0 ? runNamed(names, readConfig()) : runAll(readConfig())).catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
});
