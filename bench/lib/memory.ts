/**
 * Memory and CPU of a process and every process under it, read from /proc
 * (Linux): `next build` and the server run their work in child processes,
 * whose memory a parent's own peak (getrusage) does not count. Sampled every
 * 250 ms; the load's server, the scale's builds and the CPU per request are
 * measured with it.
 *
 * A process that runs alone in its tree (content:check, with its worker
 * threads) can say its own exact peak instead: preloaded with REPORT_USAGE's
 * args and env, it prints one JSON line as it exits, its peak resident memory
 * (threads included) and its CPU time, user and system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PAGE_BYTES = 4096;

interface ProcessStat {
  pid: number;
  ppid: number;
  rssBytes: number;
  /** User and system time, in clock ticks of 1/100 s (USER_HZ on every platform Node runs on). */
  cpuTicks: number;
}

function processTable(): ProcessStat[] {
  const table: ProcessStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.push({ pid: Number(name), ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES, cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** The process `root` and every process under it, as /proc shows them now. */
function processTree(root: number): ProcessStat[] {
  const table = processTable();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { pid, ppid } of table) if (inTree.has(ppid) && !inTree.has(pid)) grew = inTree.add(pid) !== undefined;
  }
  return table.filter(({ pid }) => inTree.has(pid));
}

/** Resident memory of a process tree, in bytes; undefined where /proc does not show the process. */
export function residentBytes(pid: number): number | undefined {
  const tree = processTree(pid);
  return tree.length === 0 ? undefined : tree.reduce((sum, { rssBytes }) => sum + rssBytes, 0);
}

/** CPU time (user + system) used so far by a process tree, in ms; undefined where /proc does not show the process. */
export function cpuMs(pid: number): number | undefined {
  const tree = processTree(pid);
  return tree.length === 0 ? undefined : tree.reduce((sum, { cpuTicks }) => sum + cpuTicks, 0) * 10;
}

export interface MemorySample {
  /** Seconds since sampling started. */
  t: number;
  rss: number;
}

/** Samples a process tree's resident memory every `everyMs` until stopped, which gives the samples and the peak. */
export function sampleMemory(pid: number, everyMs = 250) {
  const started = Date.now();
  const samples: MemorySample[] = [];
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
      return { samples, peak: Math.max(0, ...samples.map((sample) => sample.rss)) };
    },
  };
}

/** A node process's own usage at exit: node --import tsx …REPORT_USAGE.args, with REPORT_USAGE.env. */
export const REPORT_USAGE = { args: ['--import', fileURLToPath(import.meta.url)], env: { BENCH_REPORT_USAGE: '1' } };

/** What a process preloaded with REPORT_USAGE prints as its last line. */
export interface OwnUsage {
  peakRssBytes: number;
  cpuMs: number;
}

if (process.env.BENCH_REPORT_USAGE === '1') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const own: OwnUsage = { peakRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
    console.log(JSON.stringify(own));
  });
}
