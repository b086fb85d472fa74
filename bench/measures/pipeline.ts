/**
 * The content pipeline on synthetic stories of BENCH_SIZES sources (10
 * citations each), one child process per size (bench/probes/pipeline.ts), so
 * that each size's peak memory is its own; and how time, CPU and memory grow
 * from one size to the next.
 */
import { defineMeasure, target, type Bench } from '../measure';
import { runChild } from '../lib/process';

interface Size {
  sources: number;
  citations?: number;
  medianMs?: number;
  medianCpuMs?: number;
  peakRssBytes?: number;
  rssBeforeBytes?: number;
  failed?: string;
}

interface Growth {
  from: number;
  to: number;
  sizeRatio: number;
  timeRatio: number;
  cpuRatio: number;
  extraMemoryRatio: number;
}

/** How each size grew over the one before it, where both were measured. */
function growthOf(sizes: readonly Size[]): Growth[] {
  const growth: Growth[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1]!, sizes[i]!] as [Required<Size>, Required<Size>];
    if (a.medianMs && b.medianMs) {
      growth.push({ from: a.sources, to: b.sources, sizeRatio: b.citations / a.citations, timeRatio: b.medianMs / a.medianMs, cpuRatio: b.medianCpuMs / a.medianCpuMs, extraMemoryRatio: (b.peakRssBytes - b.rssBeforeBytes) / Math.max(1, a.peakRssBytes - a.rssBeforeBytes) });
    }
  }
  return growth;
}

async function run({ dir, config, log }: Bench) {
  const sizes: Size[] = [];
  for (const sources of config.sizes) {
    log(`content pipeline: ${sources} sources × 10 citations (own process)…`);
    const result = await runChild(process.execPath, ['--import', 'tsx', 'bench/probes/pipeline.ts', String(sources), String(config.runs)], { cwd: dir, timeoutMs: 5 * 60_000 });
    const line = result.stdout.trim().split('\n').pop();
    if (result.code !== 0 || !line) {
      sizes.push({ sources, failed: result.signal ? `killed after 5 min (${result.signal})` : result.stderr.slice(-500) });
      continue;
    }
    sizes.push(JSON.parse(line) as Size);
  }
  return { sizes, growth: growthOf(sizes) };
}

export const pipelineMeasure = defineMeasure({
  name: 'pipeline',
  needs: 'copy',
  run,
  targets: ({ sizes, growth }) => {
    const largest = sizes.at(-1)!;
    // Judged on CPU time, which other work on the cores disturbs far less than wall time.
    const worst = Math.max(...growth.map((g) => (g.cpuRatio ?? g.timeRatio) / g.sizeRatio));
    return [
      target(`pipeline, ${largest.sources} sources / ${largest.citations ?? '?'} citations`, '< 2 s', largest.medianMs ?? largest.failed, (largest.medianMs ?? Infinity) < 2000, 'validation too slow'),
      target('pipeline growth (CPU time ratio ÷ size ratio)', '≤ 1 (linear), 25% noise allowed', worst, worst <= 1.25, 'super-linear step in validation'),
    ];
  },
});
