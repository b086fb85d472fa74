/** Starting, watching and stopping the servers the bench runs, by their own process ids only. */
import { spawn } from 'node:child_process';
import { openSync, readFileSync, readdirSync } from 'node:fs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const running = new Set();

/** Starts a command with its output in `logFile`; it is stopped when the bench exits. */
export function startProcess(command, args, { cwd, env, logFile }) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

export async function stopProcess(child) {
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
export async function waitForHttp(url, child, timeoutMs = 60_000) {
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

/** A process and every descendant (read from /proc), so a server that forks is measured whole. */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

/** CPU time (user + system) used so far by a process tree, in ms; undefined where /proc is unavailable. */
export function cpuMs(pid) {
  let ticks = 0;
  let seen = false;
  for (const member of processTree(pid)) {
    try {
      // Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
      const fields = readFileSync(`/proc/${member}/stat`, 'utf8').split(') ').pop().split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      seen = true;
    } catch {
      // Gone.
    }
  }
  // Linux reports in clock ticks of 1/100 s (USER_HZ) on every platform Node runs on.
  return seen ? ticks * 10 : undefined;
}

/** Resident memory (VmRSS) of a process tree in bytes; undefined where /proc is unavailable. */
export function residentBytes(pid) {
  let total = 0;
  let seen = false;
  for (const member of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (match) {
        total += Number(match[1]) * 1024;
        seen = true;
      }
    } catch {
      // Gone.
    }
  }
  return seen ? total : undefined;
}

/** Samples resident memory every `everyMs` until stopped; returns { stop(): samples }. */
export function sampleMemory(pid, everyMs = 250) {
  const started = Date.now();
  const samples = [];
  const take = () => {
    const rss = residentBytes(pid);
    if (rss !== undefined) samples.push({ t: (Date.now() - started) / 1000, rss });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
