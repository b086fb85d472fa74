/**
 * The peak resident memory of a process and every process under it, summed:
 * `next build` runs its work in child processes, whose memory a parent's own
 * peak (getrusage) does not count. Sampled from /proc every 250 ms (Linux).
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

function processTable() {
  const table = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.push({ pid: Number(name), ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

function treeRss(root) {
  const table = processTable();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const { pid, ppid } of table) if (inTree.has(ppid) && !inTree.has(pid)) grew = inTree.add(pid) !== undefined;
  }
  return table.filter(({ pid }) => inTree.has(pid)).reduce((sum, { rssBytes }) => sum + rssBytes, 0);
}

/** Starts sampling the tree under `pid`; `stop()` returns the peak seen, in bytes. */
export function sampleTreeRss(pid, intervalMs = 250) {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRss(pid)));
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
