/**
 * Many stories: `npm run content:check` over 100 and 1,000 copies of the real
 * story (bench/story-copies.mjs), and `--story` of one of the 1,000, each run in a
 * process of its own (node --import tsx scripts/content-check.ts, what npm
 * runs without the tsx launcher) with its wall time, CPU time and peak memory.
 * Issue 21's targets: 1,000 stories in 20 s or less, one in 2 s or less, peak
 * memory 3 GB or less. bench/run.mjs calls storiesBench; on its own:
 *   node bench/stories.mjs     measures the work tree and prints the lines
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copySlug, writeStoryCopies } from './story-copies.mjs';

const SIZES = [100, 1000];
const TARGETS = { allSeconds: 20, oneSeconds: 2, peakBytes: 3 * 1024 ** 3 };
const PEAK = fileURLToPath(new URL('./lib/peak-rss.mjs', import.meta.url));

/** One content:check run: wall seconds, CPU and peak memory, and its last line of report. */
function check(dir, args) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PEAK, 'scripts/content-check.ts', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const usage = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
      resolve({ code, seconds, ...usage, report: stderr.trim().split('\n').at(-1) });
    });
  });
}

/** Measures the project at `dir` (its scripts and node_modules) over copies written to a folder of their own. */
export async function storiesBench(dir, log = (message) => console.error(`bench: ${message}`)) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'reader-stories-'));
  try {
    const runs = {};
    for (const size of SIZES) {
      const root = writeStoryCopies(size, path.join(scratch, String(size)));
      log(`content:check of ${size} stories (own process; load average ${os.loadavg()[0].toFixed(2)})…`);
      runs[size] = await check(dir, [root]);
      if (size === SIZES.at(-1)) {
        log(`content:check --story of one of ${size}…`);
        runs.one = await check(dir, [root, '--story', copySlug(size)]);
      }
    }
    const [small, large] = SIZES.map((size) => runs[size]);
    const result = {
      loadAverage: os.loadavg(),
      runs,
      growth: { size: SIZES[1] / SIZES[0], time: large.seconds / small.seconds, cpu: large.cpuMs / small.cpuMs, memory: large.peakRssBytes / small.peakRssBytes },
    };
    result.targets = storiesTargets(result);
    for (const line of storiesLines(result)) console.log(line);
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function storiesTargets({ runs }) {
  const large = runs[SIZES.at(-1)];
  const peak = Math.max(...Object.values(runs).map((run) => run.peakRssBytes));
  const allPassed = Object.values(runs).every((run) => run.code === 0);
  return [
    { name: `content:check, ${SIZES.at(-1)} stories`, target: `≤ ${TARGETS.allSeconds} s`, value: large.seconds, met: allPassed && large.seconds <= TARGETS.allSeconds },
    { name: 'content:check --story', target: `≤ ${TARGETS.oneSeconds} s`, value: runs.one.seconds, met: runs.one.code === 0 && runs.one.seconds <= TARGETS.oneSeconds },
    { name: 'content:check peak memory', target: '≤ 3 GB', value: peak, met: peak <= TARGETS.peakBytes },
  ];
}

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

function storiesLines({ loadAverage, runs, growth }) {
  const run = (name, r) => `${name}: ${r.seconds.toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${mb(r.peakRssBytes)}, exit ${r.code} (${r.report})`;
  return [
    ...SIZES.map((size) => run(`check ${size.toLocaleString('en')}`, runs[size])),
    run('check --story', runs.one),
    `peak RSS: ${mb(Math.max(...Object.values(runs).map((r) => r.peakRssBytes)))}`,
    `growth ${SIZES[0]} → ${SIZES[1].toLocaleString('en')} (×${growth.size}): wall ×${growth.time.toFixed(1)}, CPU ×${growth.cpu.toFixed(1)}, peak RSS ×${growth.memory.toFixed(1)}`,
    `load average after: ${loadAverage.map((n) => n.toFixed(2)).join(' ')}`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { targets } = await storiesBench(process.cwd());
  for (const t of targets) console.log(`${t.met ? 'met' : 'MISSED'}: ${t.name} ${t.target}`);
}
