/**
 * Lighthouse 12 (its default: a mobile device, simulated slow 4G and a 4x
 * slower CPU) in the system's Chromium, launched by chrome-launcher from
 * CHROME_PATH. Each run gets a fresh browser and profile.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/support/chromium.ts';

export { findChromium };

// chrome-launcher starts a full browser: headless, and without the extras a test profile needs no more than the tests do.
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--disable-default-apps', '--disable-extensions'];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseRun(url, { chromePath, extraHeaders } = {}) {
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
    const score = (id) => (lhr.categories[id]?.score === null || lhr.categories[id]?.score === undefined ? null : Math.round(lhr.categories[id].score * 100));
    const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
    // Why a category is below 100: the audits in it that did not pass.
    const failing = {};
    for (const id of CATEGORIES) {
      const refs = lhr.categories[id]?.auditRefs ?? [];
      const below = refs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
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
