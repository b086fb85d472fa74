/**
 * Throughput of the story page (its note passed): the server alone, a plain
 * nginx serving the same bytes (the yardstick: no application at all), and
 * the server behind the project's cache (deploy/nginx), alternated in the same
 * run, BENCH_RUNS times each, with the server's CPU per request.
 */
import path from 'node:path';
import { load, type LoadResult } from '../../tests/support/reader-load';
import { cpuMs } from '../lib/memory';
import { nginxBinary, startFrontNginx, startPlainNginx } from '../lib/nginx';
import { stopProcess, waitForHttp } from '../lib/process';
import { defineMeasure, HOST, medianOf, target, type Bench } from '../measure';

/** The story page's server CPU per request before it was static: bench/results/2026-11-22-reference.json (commit 77d11db). */
const CPU_PER_REQUEST_BEFORE_MS = 70.7;

type Run = LoadResult & { serverCpuMsPerRequest: number | null };

/** Median figures of one kind of run. */
const summarise = (runs: Run[]) => ({ ...medianOf(runs, ['reqPerSec', 'latencyP50Ms', 'latencyP99Ms', 'errors', 'timeouts', 'non2xx', 'serverCpuMsPerRequest']), runs });

async function run({ dir, logs, config, log, server }: Bench) {
  if (!nginxBinary()) return { skipped: 'no nginx found (apt-get install nginx-light, or set NGINX_BIN)' };
  const served = await server();
  const [plainPort, frontPort] = [config.port + 1, config.port + 2];
  const plain = startPlainNginx({ html: served.storyHtml, port: plainPort });
  const front = startFrontNginx({ root: dir, port: frontPort, upstream: `${HOST}:${config.port}`, logFile: path.join(logs, 'front-nginx.log') });
  await waitForHttp(`http://${HOST}:${plainPort}/`, plain);
  await waitForHttp(`http://${HOST}:${frontPort}/`, front);
  const common = { connections: config.throughputConnections, seconds: config.throughputSeconds, headers: { Cookie: served.cookie } };
  const urls = { next: `${served.base}${served.storyPath}`, plain: `http://${HOST}:${plainPort}${served.storyPath}`, front: `http://${HOST}:${frontPort}${served.storyPath}` };
  // Short warm-ups, not recorded (the cache's first answer fills it).
  for (const url of Object.values(urls)) await load({ ...common, seconds: 2, url });
  // Server CPU per request: unlike req/s, it barely moves when other work shares the cores.
  const measured = async (url: string, pid?: number): Promise<Run> => {
    const before = pid ? cpuMs(pid) : undefined;
    const result = await load({ ...common, url });
    return { ...result, serverCpuMsPerRequest: before === undefined ? null : (cpuMs(pid!)! - before) / Math.max(1, result.requests) };
  };
  const runs: Record<'next' | 'plain' | 'front', Run[]> = { next: [], plain: [], front: [] };
  for (let i = 0; i < config.runs; i++) {
    log(`throughput run ${i + 1}/${config.runs}: the server alone, plain nginx, the cache in front (${common.seconds} s each, ${common.connections} connections)…`);
    runs.next.push(await measured(urls.next, served.pid));
    runs.plain.push(await measured(urls.plain));
    runs.front.push(await measured(urls.front));
  }
  await stopProcess(front);
  await stopProcess(plain);
  const refused = runs.plain.reduce((n, r) => n + r.non2xx, 0);
  // A yardstick that answers with errors is fast for nothing (STACK.md: nginx's workers and a private folder).
  if (refused > 0) throw new Error(`the plain nginx answered ${refused} requests with a status other than 2xx: its figures would mean nothing`);
  const [next, plainNginx, cached] = [summarise(runs.next), summarise(runs.plain), summarise(runs.front)];
  return {
    connections: common.connections,
    seconds: common.seconds,
    next: { ...next, cpuMsPerRequestBefore: CPU_PER_REQUEST_BEFORE_MS },
    plainNginx,
    front: cached,
    nextOverPlain: next.reqPerSec! / plainNginx.reqPerSec!,
    frontOverPlain: cached.reqPerSec! / plainNginx.reqPerSec!,
  };
}

export const throughputMeasure = defineMeasure({
  name: 'throughput',
  needs: 'server',
  run,
  targets: (tp) => {
    if ('skipped' in tp) return [];
    const [reqPerSec, p99] = [tp.next.reqPerSec!, tp.next.latencyP99Ms!];
    return [
      target('story page req/s, 20 connections', '≥ 500', reqPerSec, reqPerSec >= 500, 'see bench/README.md'),
      target('story page p99 latency', '≤ 100 ms', p99, p99 <= 100, 'queueing on two cores shared with the load generator'),
      target('through the cache ÷ plain nginx', '≥ 0.9', tp.frontOverPlain, tp.frontOverPlain >= 0.9, 'the cache in front does more than a file server'),
    ];
  },
});
