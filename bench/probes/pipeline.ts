/**
 * One size of the content-pipeline benchmark, in a process of its own so its
 * peak memory is its own: `node --import tsx bench/probes/pipeline.ts <sources> [runs]`.
 * Generates the synthetic story, validates it `runs` times (buildStory: parse,
 * schema, MDX walk, every citation resolved, corroboration across all sources)
 * and prints one JSON line.
 */
import { buildStory } from '../../lib/content/build';
import { hasErrors } from '../../lib/content/diagnostics';
import { syntheticStory } from '../lib/synthetic-story';

const sources = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 3);
const rssBefore = process.memoryUsage().rss;
const files = syntheticStory({ sources });
const times: number[] = [];
const cpuTimes: number[] = [];
let citations = 0;
let errors = 0;
let corroborated = 0;
for (let run = 0; run < runs; run++) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = buildStory(files);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  if (hasErrors(result.diagnostics) || !result.story) {
    errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    console.error(result.diagnostics.slice(0, 5));
    break;
  }
  citations = result.story.claims.reduce((n, claim) => n + claim.citations.length, 0);
  corroborated = result.story.claims.filter((claim) => claim.reports.length > 1).length;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  JSON.stringify({
    sources,
    citations,
    corroborated,
    errors,
    runs: times.length,
    timesMs: times,
    medianMs: median(times),
    cpuMs: cpuTimes,
    medianCpuMs: median(cpuTimes),
    storyBytes: (files.story.text ?? '').length + files.sources.reduce((n, s) => n + s.text.length, 0),
    rssBeforeBytes: rssBefore,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
process.exitCode = errors > 0 ? 1 : 0;
