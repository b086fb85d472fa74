/** The bench's one table, with its method underneath. */

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => (bytes === undefined || bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
const ms = (value) => (value === null || value === undefined ? '?' : `${Math.round(value)} ms`);
const num = (value, digits = 0) => (value === null || value === undefined ? '?' : Number(value).toFixed(digits));
const verdict = (met) => (met === undefined ? '' : met ? 'met' : 'MISSED');

function render(rows) {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.filter(Array.isArray).map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return rows.map((row) => (row === '---' ? rule : line(row))).join('\n');
}

export function formatTable(results) {
  const { meta, build, bytes, lighthouse, throughput: tp, pipeline, load } = results;
  const target = (name) => results.targets.find((t) => t.name === name);
  const rows = [['Figure', 'Value (median)', 'Target', 'Verdict'], '---'];
  const row = (figure, value, targetName) => {
    const t = targetName ? target(targetName) : undefined;
    rows.push([figure, value, t?.target ?? '', verdict(t?.met)]);
  };

  row('cold build (next build, fresh copy, no cache)', `${num(build.seconds, 1)} s`);
  rows.push('---');
  row('story HTML, raw / gzip', `${kb(bytes.html.raw)} / ${kb(bytes.html.gzip)}`);
  row('  of which inline scripts (RSC payload), raw', kb(bytes.html.inlineScriptRaw));
  row(`story CSS (${bytes.css.files} file), raw / gzip`, `${kb(bytes.css.raw)} / ${kb(bytes.css.gzip)}`);
  row(`story JS (${bytes.js.files} files), raw / gzip`, `${kb(bytes.js.raw)} / ${kb(bytes.js.gzip)}`);
  row(`  project's own (${bytes.js.own.modules.join(', ') || 'none'}), raw / gzip`, `${kb(bytes.js.own.raw)} / ${kb(bytes.js.own.gzip)}`, 'own client JavaScript (gzip)');
  row('  framework (Next + React runtime), raw / gzip', `${kb(bytes.js.framework.raw)} / ${kb(bytes.js.framework.gzip)}`);
  rows.push('---');
  if (lighthouse.pages) {
    for (const [name, page] of Object.entries(lighthouse.pages)) {
      const m = page.median;
      const label = `Lighthouse ${page.path}${name === 'story' ? ' (note passed by cookie)' : ''}`;
      row(`${label}: performance`, num(m.performance), `Lighthouse performance, ${name}`);
      row(`${label}: a11y / best practices / SEO`, `${num(m.accessibility)} / ${num(m.bestPractices)} / ${num(m.seo)}`, `Lighthouse a11y / BP / SEO, ${name}`);
      row(`${label}: LCP / TBT`, `${ms(m.lcpMs)} / ${ms(m.tbtMs)}`);
      row(`${label}: CLS`, num(m.cls, 3), `CLS, ${name}`);
    }
    row('  Lighthouse CPU benchmark index of this machine', num(Object.values(lighthouse.pages)[0].median.benchmarkIndex));
  } else {
    row('Lighthouse', `skipped: ${lighthouse.skipped}`);
  }
  rows.push('---');
  row(`story page, Next (${tp.connections} connections, ${tp.seconds} s × ${tp.next.runs.length}): req/s`, num(tp.next.reqPerSec), 'story page req/s, 20 connections');
  row('  latency p50 / p99', `${ms(tp.next.latencyP50Ms)} / ${ms(tp.next.latencyP99Ms)}`, 'story page p99 latency');
  row('  server CPU per request', `${num(tp.next.serverCpuMsPerRequest, 1)} ms`);
  row('same HTML from a plain node:http server: req/s', num(tp.static.reqPerSec));
  row('  latency p50 / p99', `${ms(tp.static.latencyP50Ms)} / ${ms(tp.static.latencyP99Ms)}`);
  row('  server CPU per request', `${num(tp.static.serverCpuMsPerRequest, 2)} ms`);
  row('  static ÷ Next throughput', `${num(tp.staticOverNext, 1)}×`);
  rows.push('---');
  for (const size of pipeline.sizes) {
    const value = size.failed
      ? `failed: ${size.failed.split('\n')[0]}`
      : `${ms(size.medianMs)} (CPU ${ms(size.medianCpuMs)}), peak RSS ${mb(size.peakRssBytes)} (+${mb(size.peakRssBytes - size.rssBeforeBytes)} over start)`;
    const last = size === pipeline.sizes.at(-1);
    row(`pipeline: ${size.sources} sources / ${size.citations ?? size.sources * 10} citations`, value, last ? `pipeline, ${size.sources} sources / ${size.citations ?? '?'} citations` : undefined);
  }
  for (const [i, g] of pipeline.growth.entries()) {
    row(`  growth ${g.from} → ${g.to} sources`, `time ×${num(g.timeRatio, 1)}, CPU ×${num(g.cpuRatio, 1)} for ×${num(g.sizeRatio)} size; extra memory ×${num(g.extraMemoryRatio, 1)}`, i === pipeline.growth.length - 1 ? 'pipeline growth (CPU time ratio ÷ size ratio)' : undefined);
  }
  rows.push('---');
  const errors = load.errors + load.timeouts + load.serverErrors;
  row(`load: ${load.seconds} s at ${load.connections} connections, mixed`, `${load.requests} requests, ${num(load.reqPerSec)} req/s, p99 ${ms(load.latencyP99Ms)}`);
  row('  errors / timeouts / 5xx', `${load.errors} / ${load.timeouts} / ${load.serverErrors} (statuses ${Object.entries(load.statuses).map(([c, n]) => `${c}×${n}`).join(', ')})`, errors === 0 ? 'load run errors + timeouts + 5xx' : 'load run errors + timeouts + 5xx');
  row('  server RSS idle / peak / 2 s after', `${mb(load.memory.idleBeforeRss)} / ${mb(load.memory.peakRss)} / ${mb(load.memory.afterRss)}`);
  row('  peak RSS by third of the run', `${load.memory.peakByThird.map(mb).join(' / ')} (last third ${load.memory.lastThirdGrowth >= 0 ? '+' : ''}${num(load.memory.lastThirdGrowth * 100, 1)}%)`, 'load run memory levels off');

  const missed = results.targets.filter((t) => !t.met);
  const header = [
    `Reader bench, ${meta.date} — commit ${meta.commit ?? '?'}${meta.uncommittedChanges ? ' + uncommitted changes' : ''}, Next ${meta.next}, Node ${meta.node}`,
    `${meta.cpus} × ${meta.cpuModel}, load average before ${meta.loadAverageBefore.map((n) => n.toFixed(2)).join(' ')}, after ${meta.loadAverageAfter.map((n) => n.toFixed(2)).join(' ')}`,
    `Story measured: ${meta.story}, past its content note (the content-notes cookie sent with every request).`,
    '',
  ];
  const method = [
    '',
    'Method',
    `- Every figure is the median of ${meta.config.runs} runs unless it says otherwise; the cold build is one run.`,
    '- The project is copied to a temporary workspace (git-visible files, node_modules hard-linked) and built there from nothing.',
    '- Bytes: the story page as a reader past its note gets it; JS = every script the page loads; gzip = zlib default level on each file.',
    '  "Own" JS = factories of the client modules that Next\'s client-reference manifests place under the project, cut out of the chunks; gzipped as one file.',
    '- Lighthouse 12 defaults: mobile, simulated slow 4G and 4× CPU slowdown, in the system Chromium (fresh browser per run).',
    `- Throughput: autocannon, ${tp.connections} connections, ${tp.seconds} s per run after a warm-up, alternating Next and the static server; no compression asked for by either.`,
    '- Pipeline: buildStory (parse, schema, MDX walk, every citation resolved, corroboration across every source) on a synthetic story, one child process per size.',
    `- Load: autocannon cycling a reader's mix (${load.mix.join('; ')}); server RSS (whole process tree) read from /proc every 250 ms.`,
    '- All traffic is to 127.0.0.1 and stops by itself.',
  ];
  const misses = missed.length === 0 ? ['', 'Every target met.'] : ['', 'Targets missed:', ...missed.map((t) => `- ${t.name}: ${typeof t.value === 'number' ? num(t.value, 2) : t.value} (target ${t.target}) — ${t.cause}`)];
  return [...header, render(rows), ...misses, ...method].join('\n');
}
