/**
 * Many stories: `npm run content:check` over 100 and 1,000 copies of the real
 * story (bench/lib/story-copies.ts), and `--story` of one of the 1,000, each run in a
 * process of its own (node --import tsx scripts/content-check.ts, what npm
 * runs without the tsx launcher) with its wall time, CPU time and peak memory.
 * Issue 21's targets: 1,000 stories in 20 s or less, one in 2 s or less, peak
 * memory 3 GB or less. On its own, on the work tree:
 *   node --import tsx bench/run.ts stories
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPORT_USAGE, type OwnUsage } from '../lib/memory';
import { runChild } from '../lib/process';
import { copySlug, writeStoryCopies } from '../lib/story-copies';
import { defineMeasure, type Bench, type Target } from '../measure';

const SIZES = [100, 1000] as const;
const TARGETS = { allSeconds: 20, oneSeconds: 2, peakBytes: 3 * 1024 ** 3 };

interface CheckRun extends OwnUsage {
  code: number | null;
  seconds: number;
  /** The check's last line of report. */
  report: string | undefined;
}

/** One content:check run: wall seconds, CPU and peak memory, and its last line of report. */
async function check(dir: string, args: string[]): Promise<CheckRun> {
  const run = await runChild(process.execPath, ['--import', 'tsx', ...REPORT_USAGE.args, 'scripts/content-check.ts', ...args], { cwd: dir, env: REPORT_USAGE.env });
  const usage = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as OwnUsage;
  return { code: run.code, seconds: run.seconds, ...usage, report: run.stderr.trim().split('\n').at(-1) };
}

/** Measures the project at `dir` (its scripts and node_modules) over copies written to a folder of their own. */
async function storiesBench({ dir, log }: Bench) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'reader-stories-'));
  try {
    const runs: Record<string, CheckRun> = {};
    for (const size of SIZES) {
      const root = writeStoryCopies(size, path.join(scratch, String(size)));
      log(`content:check of ${size} stories (own process; load average ${os.loadavg()[0]!.toFixed(2)})…`);
      runs[size] = await check(dir, [root]);
      if (size === SIZES.at(-1)) {
        log(`content:check --story of one of ${size}…`);
        runs.one = await check(dir, [root, '--story', copySlug(size)]);
      }
    }
    const [small, large] = SIZES.map((size) => runs[size]!) as [CheckRun, CheckRun];
    const figures = {
      loadAverage: os.loadavg(),
      runs,
      growth: { size: SIZES[1] / SIZES[0], time: large.seconds / small.seconds, cpu: large.cpuMs / small.cpuMs, memory: large.peakRssBytes / small.peakRssBytes },
    };
    const result = { ...figures, targets: storiesTargets(figures) };
    for (const line of storiesLines(result)) console.log(line);
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

type StoriesFigures = { loadAverage: number[]; runs: Record<string, CheckRun>; growth: { size: number; time: number; cpu: number; memory: number } };

function storiesTargets({ runs }: StoriesFigures): Target[] {
  const large = runs[SIZES[1]]!;
  const one = runs.one!;
  const peak = Math.max(...Object.values(runs).map((run) => run.peakRssBytes));
  const allPassed = Object.values(runs).every((run) => run.code === 0);
  return [
    { name: `content:check, ${SIZES.at(-1)} stories`, target: `≤ ${TARGETS.allSeconds} s`, value: large.seconds, met: allPassed && large.seconds <= TARGETS.allSeconds },
    { name: 'content:check --story', target: `≤ ${TARGETS.oneSeconds} s`, value: one.seconds, met: one.code === 0 && one.seconds <= TARGETS.oneSeconds },
    { name: 'content:check peak memory', target: '≤ 3 GB', value: peak, met: peak <= TARGETS.peakBytes },
  ];
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function storiesLines({ loadAverage, runs, growth }: StoriesFigures) {
  const run = (name: string, r: CheckRun) => `${name}: ${r.seconds.toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${mb(r.peakRssBytes)}, exit ${r.code} (${r.report})`;
  return [
    ...SIZES.map((size) => run(`check ${size.toLocaleString('en')}`, runs[size]!)),
    run('check --story', runs.one!),
    `peak RSS: ${mb(Math.max(...Object.values(runs).map((r) => r.peakRssBytes)))}`,
    `growth ${SIZES[0]} → ${SIZES[1].toLocaleString('en')} (×${growth.size}): wall ×${growth.time.toFixed(1)}, CPU ×${growth.cpu.toFixed(1)}, peak RSS ×${growth.memory.toFixed(1)}`,
    `load average after: ${loadAverage.map((n) => n.toFixed(2)).join(' ')}`,
  ];
}

export const storiesMeasure = defineMeasure({ name: 'stories', needs: 'copy', run: storiesBench });
