/**
 * The processes the bench runs, by their own process ids only: a command run
 * to its end (its output captured, its time and, when asked, its process
 * tree's peak memory measured), and the servers it starts, watches and stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { sampleMemory } from './memory';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time, from the spawn to the exit. */
  seconds: number;
  /** The peak resident memory of the process and every process under it (with `sampleTreeMemory`). */
  peakRssBytes?: number;
}

export interface RunOptions {
  cwd: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** Killed (SIGKILL) after this long. */
  timeoutMs?: number;
  /** Where its output goes, both streams in the order they came. */
  logFile?: string;
  sampleTreeMemory?: boolean;
}

/** Runs a command to its end: its output, exit, wall time and (when asked) its tree's peak memory. */
export function runChild(command: string, args: readonly string[], { cwd, env = {}, timeoutMs, logFile, sampleTreeMemory = false }: RunOptions): Promise<ChildRun> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '', both: '' };
    child.stdout.on('data', (chunk) => ((out.stdout += chunk), (out.both += chunk)));
    child.stderr.on('data', (chunk) => ((out.stderr += chunk), (out.both += chunk)));
    const memory = sampleTreeMemory && child.pid ? sampleMemory(child.pid) : undefined;
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const peakRssBytes = memory?.stop().peak;
      if (logFile) writeFileSync(logFile, out.both);
      resolve({ code, signal, stdout: out.stdout, stderr: out.stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9, ...(memory ? { peakRssBytes } : {}) });
    });
  });
}

const running = new Set<ChildProcess>();

/** Starts a command with its output in `logFile`; it is stopped when the bench exits. */
export function startProcess(command: string, args: readonly string[], { cwd, env, logFile }: { cwd: string; env?: Record<string, string | undefined>; logFile: string }) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

export async function stopProcess(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done) {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function stopAll() {
  await Promise.all([...running].map(stopProcess));
}

/** Waits until `url` answers at all (any status), or fails after `timeoutMs`. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}
