/**
 * Lighthouse 12 (its default: a mobile device, simulated slow 4G and a 4x
 * slower CPU) in the system's Chromium, launched by chrome-launcher from
 * CHROME_PATH, on the home page, the story (its note passed by cookie) and
 * /settings: the median of BENCH_LIGHTHOUSE_RUNS runs each. Each run gets a
 * fresh browser and profile.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/support/chromium';
import { defineMeasure, medianOf, target, type Bench, type Target } from '../measure';

// chrome-launcher starts a full browser: headless, and without the extras a test profile needs no more than the tests do.
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--disable-default-apps', '--disable-extensions'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseRun(url: string, { chromePath, extraHeaders }: { chromePath?: string; extraHeaders?: Record<string, string> } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      extraHeaders,
    });
    const { lhr } = result;
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    // Why a category is below 100: the audits in it that did not pass.
    const failing: Record<string, string[]> = {};
    for (const id of CATEGORIES) {
      const refs = lhr.categories[id]?.auditRefs ?? [];
      const below = refs
        .filter((ref) => {
          const audit = lhr.audits[ref.id];
          return ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1;
        })
        .map((ref) => ref.id);
      if (below.length) failing[id] = below;
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcpMs: numeric('first-contentful-paint'),
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      runtimeError: lhr.runtimeError?.message,
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

interface LighthousePage {
  name: string;
  path: string;
  performance: number;
  gated?: boolean;
  tbtMs?: number;
  indexed?: boolean;
}

/** The pages Lighthouse scores, with the performance each must reach (issue 19). */
const lighthousePages = (storyPath: string): LighthousePage[] => [
  { name: 'home', path: '/', performance: 98 },
  { name: 'story', path: storyPath, gated: true, performance: 99, tbtMs: 50 },
  // Search engines are asked to leave it out (noindex, robots.txt): its SEO score cannot be 100.
  { name: 'settings', path: '/settings', performance: 98, indexed: false },
];

const MEDIANS = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls', 'fcpMs', 'benchmarkIndex'] as const;

type PageResult = LighthousePage & { cookie: string; runs: Awaited<ReturnType<typeof lighthouseRun>>[]; median: Record<(typeof MEDIANS)[number], number | null> };
type LighthouseResult = { skipped: string } | { chromium: string; pages: Record<string, PageResult> };

async function run({ config, log, server }: Bench): Promise<LighthouseResult> {
  const chromePath = findChromium();
  if (!config.lighthouse) return { skipped: 'BENCH_LIGHTHOUSE=0' };
  if (!chromePath) return { skipped: 'no Chromium found (set CHROME_PATH)' };
  const { base, storyPath, cookie } = await server();
  const pages: Record<string, PageResult> = {};
  for (const page of lighthousePages(storyPath)) {
    const extraHeaders = page.gated ? { Cookie: cookie } : undefined;
    const runs = [];
    for (let i = 0; i < config.lighthouseRuns; i++) {
      log(`Lighthouse ${page.path} run ${i + 1}/${config.lighthouseRuns}…`);
      runs.push(await lighthouseRun(`${base}${page.path}`, { chromePath, extraHeaders }));
    }
    pages[page.name] = { ...page, cookie: extraHeaders ? 'content note passed (Cookie header on every request)' : 'none', runs, median: medianOf(runs, MEDIANS) };
  }
  return { chromium: chromePath, pages };
}

function targets(result: LighthouseResult): Target[] {
  if (!('pages' in result)) return [];
  return Object.entries(result.pages).flatMap(([name, page]) => {
    const m = page.median as Record<(typeof MEDIANS)[number], number>;
    const failing = [...new Set(page.runs.flatMap((r) => Object.entries(r.failing).filter(([c]) => c !== 'performance').flatMap(([, ids]) => ids)))];
    const seoExpected = page.indexed === false ? '(noindex)' : 100;
    const allMet = m.accessibility === 100 && m.bestPractices === 100 && (page.indexed === false || m.seo === 100);
    return [
      target(`Lighthouse performance, ${name}`, `≥ ${page.performance}`, m.performance, m.performance >= page.performance, `TBT ${Math.round(m.tbtMs)} ms, LCP ${Math.round(m.lcpMs)} ms`),
      ...(page.tbtMs === undefined ? [] : [target(`Total Blocking Time, ${name}`, `≤ ${page.tbtMs} ms`, m.tbtMs, m.tbtMs <= page.tbtMs, 'long tasks on the main thread (bench/README.md says which)')]),
      target(`Lighthouse a11y / BP / SEO, ${name}`, `100 / 100 / ${seoExpected}`, `${m.accessibility} / ${m.bestPractices} / ${m.seo}`, allMet, `failing audits: ${failing.join(', ')}`),
      target(`CLS, ${name}`, '0', m.cls, m.cls === 0, 'layout shift'),
    ];
  });
}

export const lighthouseMeasure = defineMeasure({ name: 'lighthouse', needs: 'server', run, targets });
