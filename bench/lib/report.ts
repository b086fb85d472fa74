/** The bench's one table, with its method underneath. */
import type { Figures } from '../measures';
import type { Target } from '../measure';

/** What the driver records of the run itself. */
export interface Meta {
  date: string;
  node: string;
  cpus: number;
  cpuModel: string | undefined;
  memoryBytes: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  commit: string | undefined;
  measured: string;
  uncommittedChanges: boolean;
  next: string;
  config: { runs: number; lighthouseRuns: number };
  benchSeconds: number;
  story: string | undefined;
  serverRssAfterWarmUp: number | undefined;
}

/** What npm run bench writes to bench/results/latest.json. */
export type Results = Omit<Figures, 'extract'> & { meta: Meta; targets: Target[] };

type Maybe = number | null | undefined;
type Row = (figure: string, value: string, targetName?: string) => void;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: Maybe) => (bytes === undefined || bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const ms = (value: Maybe) => (value === null || value === undefined ? '?' : `${Math.round(value)} ms`);
const num = (value: Maybe | string, digits = 0) => (value === null || value === undefined ? '?' : Number(value).toFixed(digits));
const verdict = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'MISSED');

function render(rows: (string[] | '---')[]) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.filter(Array.isArray).map((row) => String(row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => String(cell ?? '').padEnd(widths[i]!)).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return rows.map((row) => (row === '---' ? rule : line(row))).join('\n');
}

const pct = (share: number) => `${num(share * 100, 1)} %`;

function weightRows({ build, bytes, readingScripts }: Results, row: Row) {
  row('cold build (scripts/build.ts, fresh copy, no cache)', `${num(build.seconds, 1)} s`, 'cold build (all of it, with the hash step)');
  row('story HTML, raw / gzip', `${kb(bytes.html.raw)} / ${kb(bytes.html.gzip)}`, 'story HTML, raw');
  row('  gzip', kb(bytes.html.gzip), 'story HTML, gzip');
  row('  of which inline scripts (the JSON-LD; no flight payload), raw', kb(bytes.html.inlineScriptRaw));
  row('story links (markup, scripts left out)', num(bytes.reading.links), 'story links');
  row(`claim markers: ${bytes.reading.markers}, names ÷ account characters`, `${bytes.reading.markerChars} ÷ ${bytes.reading.accountChars} = ${pct(bytes.reading.markerShare)}`, 'marker names ÷ account characters');
  row(`story CSS (${bytes.css.files} files), raw / gzip`, `${kb(bytes.css.raw)} / ${kb(bytes.css.gzip)}`);
  row(`story JS (${bytes.js.files} files), raw / gzip`, `${kb(bytes.js.raw)} / ${kb(bytes.js.gzip)}`);
  row(`  project's own (${bytes.js.own.modules.join(', ') || 'none'}), raw / gzip`, `${kb(bytes.js.own.raw)} / ${kb(bytes.js.own.gzip)}`);
  row('  framework (Next + React runtime), raw / gzip', `${kb(bytes.js.framework.raw)} / ${kb(bytes.js.framework.gzip)}`);
  const heaviest = readingScripts.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  row(`script on the reading pages (${readingScripts.map((p) => `${p.name} ${kb(p.gzip)}`).join(', ')}), the heaviest, gzip`, kb(heaviest.gzip), 'script on any reading page (gzip)');
  row('  of which framework, all reading pages, gzip', kb(readingScripts.reduce((n, p) => n + p.frameworkGzip, 0)), 'framework script on the reading pages (gzip)');
}

function lighthouseRows(lighthouse: Results['lighthouse'], row: Row) {
  if (!('pages' in lighthouse)) return row('Lighthouse', `skipped: ${lighthouse.skipped}`);
  for (const [name, page] of Object.entries(lighthouse.pages)) {
    const m = page.median;
    const label = `Lighthouse ${page.path}${name === 'story' ? ' (note passed by cookie)' : ''}`;
    row(`${label}: performance`, num(m.performance), `Lighthouse performance, ${name}`);
    row(`${label}: a11y / best practices / SEO`, `${num(m.accessibility)} / ${num(m.bestPractices)} / ${num(m.seo)}`, `Lighthouse a11y / BP / SEO, ${name}`);
    row(`${label}: LCP / TBT`, `${ms(m.lcpMs)} / ${ms(m.tbtMs)}`, page.tbtMs === undefined ? undefined : `Total Blocking Time, ${name}`);
    row(`${label}: CLS`, num(m.cls, 3), `CLS, ${name}`);
  }
  row('  Lighthouse CPU benchmark index of this machine', num(Object.values(lighthouse.pages)[0]?.median.benchmarkIndex));
}

function throughputRows(tp: Results['throughput'], row: Row) {
  if ('skipped' in tp) return row('throughput', `skipped: ${tp.skipped}`);
  const runs = `${tp.connections} connections, ${tp.seconds} s × ${tp.next.runs.length}`;
  row(`story page, the server alone (${runs}): req/s`, num(tp.next.reqPerSec), 'story page req/s, 20 connections');
  row('  latency p50 / p99', `${ms(tp.next.latencyP50Ms)} / ${ms(tp.next.latencyP99Ms)}`, 'story page p99 latency');
  row('  server CPU per request, now / before (rendered per request)', `${num(tp.next.serverCpuMsPerRequest, 2)} ms / ${num(tp.next.cpuMsPerRequestBefore, 1)} ms`);
  row('same bytes from a plain nginx: req/s', num(tp.plainNginx.reqPerSec));
  row('  latency p50 / p99', `${ms(tp.plainNginx.latencyP50Ms)} / ${ms(tp.plainNginx.latencyP99Ms)}`);
  row('  the server alone ÷ plain nginx', `${num(tp.nextOverPlain, 2)}×`);
  row('story page through the cache (deploy/nginx): req/s', num(tp.front.reqPerSec));
  row('  latency p50 / p99', `${ms(tp.front.latencyP50Ms)} / ${ms(tp.front.latencyP99Ms)}`);
  row('  through the cache ÷ plain nginx', `${num(tp.frontOverPlain, 2)}×`, 'through the cache ÷ plain nginx');
  row('  answers not 2xx (server / plain / cache)', `${num(tp.next.non2xx)} / ${num(tp.plainNginx.non2xx)} / ${num(tp.front.non2xx)}`);
}

function pipelineRows(pipeline: Results['pipeline'], row: Row) {
  for (const size of pipeline.sizes) {
    const value = size.failed
      ? `failed: ${size.failed.split('\n')[0]}`
      : `${ms(size.medianMs)} (CPU ${ms(size.medianCpuMs)}), peak RSS ${mb(size.peakRssBytes)} (+${mb(size.peakRssBytes! - size.rssBeforeBytes!)} over start)`;
    const last = size === pipeline.sizes.at(-1);
    row(`pipeline: ${size.sources} sources / ${size.citations ?? size.sources * 10} citations`, value, last ? `pipeline, ${size.sources} sources / ${size.citations ?? '?'} citations` : undefined);
  }
  for (const [i, g] of pipeline.growth.entries()) {
    row(`  growth ${g.from} → ${g.to} sources`, `time ×${num(g.timeRatio, 1)}, CPU ×${num(g.cpuRatio, 1)} for ×${num(g.sizeRatio)} size; extra memory ×${num(g.extraMemoryRatio, 1)}`, i === pipeline.growth.length - 1 ? 'pipeline growth (CPU time ratio ÷ size ratio)' : undefined);
  }
}

function bookRows(book: Results['book'] | undefined, row: Row) {
  if (!book || 'failed' in book) return row('e-book export', `failed: ${String(book?.failed ?? 'not run').split('\n')[0]}`);
  row(`e-book (EPUB) of ${book.slug}`, `${kb(book.bytes)}, export ${ms(book.medianMs)} (min ${ms(book.minMs)}, max ${ms(book.maxMs)})`);
  row('  same bytes on every run', book.identical ? 'yes' : 'NO');
}

function loadRows(load: Results['load'], row: Row) {
  row(`load: ${load.seconds} s at ${load.connections} connections, mixed, both cores busy`, `${load.requests} requests, ${num(load.reqPerSec)} req/s, p99 ${ms(load.latencyP99Ms)}`);
  row('  errors / timeouts / 5xx', `${load.errors} / ${load.timeouts} / ${load.serverErrors} (statuses ${Object.entries(load.statuses).map(([c, n]) => `${c}×${n}`).join(', ')})`, 'load run errors + timeouts + 5xx');
  row('  server RSS idle / peak / 2 s after', `${mb(load.memory.idleBeforeRss)} / ${mb(load.memory.peakRss)} / ${mb(load.memory.afterRss)}`);
  row('  peak RSS by third of the run', `${load.memory.peakByThird.map(mb).join(' / ')} (last third ${load.memory.lastThirdGrowth >= 0 ? '+' : ''}${num(load.memory.lastThirdGrowth * 100, 1)}%)`, 'load run memory levels off');
}

function method(meta: Meta, tp: Results['throughput'], load: Results['load']) {
  return [
    '',
    'Method',
    `- Every figure is the median of ${meta.config.runs} runs (Lighthouse: ${meta.config.lighthouseRuns}) unless it says otherwise; the cold build is one run.`,
    '- The project is copied to a temporary workspace (git-visible files, node_modules hard-linked) and built there from nothing.',
    '- Bytes: the story page as a reader past its note gets it; JS = every script the page loads; gzip = zlib default level on each file.',
    '  Reading pages\' script: the same count on the story, its content note (no cookie), its sources, one archived article and its summary.',
    '  Links: <a> tags of the markup. Marker names: the claims\' markers\' text, beside the story body\'s text without markers and section notes.',
    '  "Own" JS = factories of the client modules that Next\'s client-reference manifests place under the project, cut out of the chunks; gzipped as one file.',
    '- Lighthouse 12 defaults: mobile, simulated slow 4G and 4× CPU slowdown, in the system Chromium (fresh browser per run).',
    `- Throughput: autocannon, ${'connections' in tp ? tp.connections : 20} connections, ${'seconds' in tp ? tp.seconds : '?'} s per run after a warm-up, alternating the server alone, a plain nginx serving the same saved HTML, and the server behind deploy/nginx (cache warm); no compression asked for.`,
    '- Pipeline: buildStory (parse, schema, MDX walk, every citation resolved, corroboration across every source) on a synthetic story, one child process per size.',
    '- E-book: buildBook (every XHTML document, the package and nav documents, the zip) on the first story, after a warm-up run, in its own process.',
    `- Load: autocannon cycling a reader's mix (${load.mix.join('; ')}) while ${load.contended}; server RSS (whole process tree) read from /proc every 250 ms.`,
    '- All traffic is to 127.0.0.1 and stops by itself.',
  ];
}

export function formatTable(results: Results) {
  const { meta, bytes, lighthouse, throughput: tp, pipeline, book, load } = results;
  const target = (name: string) => results.targets.find((t) => t.name === name);
  const rows: (string[] | '---')[] = [['Figure', 'Value (median)', 'Target', 'Verdict'], '---'];
  const row: Row = (figure, value, targetName) => {
    const t = targetName ? target(targetName) : undefined;
    rows.push([figure, value, t?.target ?? '', verdict(t?.met)]);
  };
  for (const section of [() => weightRows(results, row), () => lighthouseRows(lighthouse, row), () => throughputRows(tp, row), () => pipelineRows(pipeline, row), () => bookRows(book, row), () => loadRows(load, row)]) {
    section();
    rows.push('---');
  }
  rows.pop();
  const missed = results.targets.filter((t) => !t.met);
  const header = [
    `Reader bench, ${meta.date} — commit ${meta.commit ?? '?'}${meta.uncommittedChanges ? ' + uncommitted changes' : ''}, Next ${meta.next}, Node ${meta.node}`,
    `${meta.cpus} × ${meta.cpuModel}, load average before ${meta.loadAverageBefore.map((n) => n.toFixed(2)).join(' ')}, after ${meta.loadAverageAfter.map((n) => n.toFixed(2)).join(' ')}`,
    `Story measured: ${meta.story}, past its content note (the content-notes cookie sent with every request); ${kb(bytes.html.raw)} of HTML.`,
    '',
  ];
  const misses = missed.length === 0 ? ['', 'Every target met.'] : ['', 'Targets missed:', ...missed.map((t) => `- ${t.name}: ${typeof t.value === 'number' ? num(t.value, 2) : t.value} (target ${t.target}) — ${t.cause}`)];
  return [...header, render(rows), ...misses, ...method(meta, tp, load)].join('\n');
}
