/**
 * What a measurement is (bench/measures/<name>.ts), and what the driver
 * (bench/run.ts) hands it. A measure runs once, on a private copy of the
 * project (tests/support/workspace.ts), and returns its figures; they go into
 * bench/results/latest.json under its name, and each target it sets is judged
 * in the table.
 */

/** What a measure needs before it runs, in the order the driver provides them. */
export type Need =
  /** nothing of the project's copy (it reads pages from elsewhere) */
  | 'nothing'
  /** the project's copy, not built */
  | 'copy'
  /** the copy built (the build measure runs first) */
  | 'build'
  /** the copy's production server running on 127.0.0.1, with its first story */
  | 'server';

export interface Measure<Result = unknown> {
  /** Its key in latest.json, and its name on the command line. */
  name: string;
  needs: Need;
  /** Only when named (node --import tsx bench/run.ts <name>), never in npm run bench. */
  byNameOnly?: boolean;
  run(bench: Bench): Promise<Result>;
  /** The targets its figures are held to, met or not. */
  targets?(result: Result): Target[];
}

/** A measure, its name kept as the literal it is (the key of its figures in the results' type). */
export const defineMeasure = <const Name extends string, Result>(measure: Measure<Result> & { name: Name }) => measure;

export interface Target {
  name: string;
  target: string;
  value: unknown;
  met: boolean;
  /** Why it may have been missed, given only when it was. */
  cause?: string;
}

/** A target, with its cause kept only when it was missed. */
export const target = (name: string, goal: string, value: unknown, met: boolean, cause: string): Target => ({ name, target: goal, value, met, ...(met ? {} : { cause }) });

export interface Bench {
  /** The project's copy the measures run on. */
  dir: string;
  /** Where the measures write their logs: the copy itself, or a folder of its own when measures run on this checkout. */
  logs: string;
  config: BenchConfig;
  log(message: string): void;
  /** The copy's production server, started when the first measure that needs it runs. */
  server(): Promise<Served>;
}

/** The production server of the copy, warmed up on its first story. */
export interface Served {
  base: string;
  pid: number;
  logFile: string;
  slug: string;
  storyPath: string;
  /** The content note passed for the story, as a Cookie header's value. */
  cookie: string;
  /** The story's HTML as a reader past its note gets it. */
  storyHtml: string;
  rssAfterWarmUp: number | undefined;
}

export const HOST = '127.0.0.1';

/** Settings, from the environment (bench/README.md lists them). */
export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const int = (name: string, fallback: number, max: number) => Math.min(max, Math.max(1, Number.parseInt(env[name] ?? '', 10) || fallback));
  return {
    port: int('BENCH_PORT', 3460, 65000),
    runs: int('BENCH_RUNS', 3, 9),
    throughputSeconds: int('BENCH_SECONDS', 10, 60),
    throughputConnections: 20,
    loadSeconds: int('BENCH_LOAD_SECONDS', 30, 120),
    loadConnections: int('BENCH_LOAD_CONNECTIONS', 50, 200),
    lighthouse: env.BENCH_LIGHTHOUSE !== '0',
    lighthouseRuns: int('BENCH_LIGHTHOUSE_RUNS', 5, 9),
    sizes: (env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number).filter((n) => n > 0 && n <= 5000),
  };
}

export type BenchConfig = ReturnType<typeof readConfig>;

/** The median of the numbers among `values`; null when there is none. */
export function median(values: readonly unknown[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of each of `keys` over runs. */
export const medianOf = <Run, K extends keyof Run & string>(runs: readonly Run[], keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as Record<K, number | null>;
