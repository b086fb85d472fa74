/**
 * A bounded mixed load on the server (tests/support/reader-load.ts's
 * reader's mix) while two other processes keep both cores busy, with the
 * server's memory sampled from /proc every 250 ms: does it level off?
 */
import { readFileSync } from 'node:fs';
import { load, readerMix, startBurners } from '../../tests/support/reader-load';
import { residentBytes, sampleMemory, type MemorySample } from '../lib/memory';
import { sleep } from '../lib/process';
import { defineMeasure, target, type Bench } from '../measure';

/** How the server's memory went over the run: by third, every 5 s, and whether the last third stayed within 5% of the middle one. */
function memoryOver(samples: MemorySample[], seconds: number) {
  const windowPeak = (from: number, to: number) => Math.max(0, ...samples.filter((s) => s.t >= from && s.t < to).map((s) => s.rss));
  const third = seconds / 3;
  const peaks = [windowPeak(0, third), windowPeak(third, 2 * third), windowPeak(2 * third, Infinity)] as const;
  const timeline = [];
  for (let t = 0; t < seconds; t += 5) timeline.push({ fromSecond: t, peakRss: windowPeak(t, t + 5) });
  return { peakByThird: peaks, lastThirdGrowth: peaks[2] / peaks[1] - 1, levelsOff: peaks[2] <= peaks[1] * 1.05, timeline };
}

async function run({ config, log, server }: Bench) {
  const { base, pid, logFile, slug, cookie } = await server();
  const story = `/stories/${slug}`;
  const html = await (await fetch(`${base}${story}/sources`, { headers: { Cookie: cookie } })).text();
  const source = new RegExp(`href="${story}/sources/([a-z0-9-]+)"`).exec(html)?.[1] ?? 'heart';
  const requests = readerMix({ slug, source, noteCookie: cookie });
  log(`load run: ${config.loadSeconds} s at ${config.loadConnections} connections, both cores kept busy by two other processes, memory sampled every 250 ms…`);
  const idleRss = residentBytes(pid);
  const sampler = sampleMemory(pid, 250);
  const stopBurners = startBurners(2);
  const result = await load({ url: `${base}/`, connections: config.loadConnections, seconds: config.loadSeconds, requests }).finally(stopBurners);
  const { samples } = sampler.stop();
  if (result.serverErrors + result.errors + result.timeouts > 0) {
    // Keep the evidence: which requests, and what the server said.
    const serverLog = readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
    log(`load run: ${result.serverErrors} answers were 5xx, ${result.errors} errors, ${result.timeouts} timeouts; answers by request: ${JSON.stringify(result.byRequest)}\nserver log (last lines):\n${serverLog}`);
  }
  await sleep(2000);
  return {
    contended: 'two busy-loop processes, one per core, for the whole run',
    mix: requests.map((r) => `${r.method ?? 'GET'} ${r.path}${r.headers?.Cookie ? ' (cookie)' : ''}`),
    ...result,
    memory: { idleBeforeRss: idleRss, peakRss: Math.max(...samples.map((s) => s.rss)), afterRss: residentBytes(pid), ...memoryOver(samples, config.loadSeconds), samples: samples.length },
  };
}

export const loadMeasure = defineMeasure({
  name: 'load',
  needs: 'server',
  run,
  targets: (ld) => {
    const loadErrors = ld.errors + ld.timeouts + ld.serverErrors;
    return [
      target('load run errors + timeouts + 5xx', '0', loadErrors, loadErrors === 0, 'see the load section and the server log above'),
      target('load run memory levels off', 'last third ≤ middle third + 5%', ld.memory.lastThirdGrowth, ld.memory.levelsOff, 'memory still growing'),
    ];
  },
});
