import { gzipSync } from 'node:zlib';
import { SCRIPT_BUDGET_BYTES, scriptsOf } from '../../lib/release/runtime-free';
import { expect, setCookies, test, type PageKind } from './a11y-fixtures';

/**
 * Reading pages are documents, not applications: they carry no React/Next
 * script and no flight payload, only the reader's own small script where
 * there is something to enhance (lib/release/runtime-free.ts). Checked on every
 * page the crawl finds, as served, in both states of the content note.
 */

/** The two pages that keep Next's runtime: the one rendered per request, and the one Next renders on a failed address. */
const APPLICATIONS: readonly PageKind[] = ['settings', 'not-found'];

test('no reading page ships a framework script or the flight payload, and its own script stays within 5 KB gzip', async ({ page, site, baseURL }) => {
  const reading = site.pages.filter((entry) => !APPLICATIONS.includes(entry.kind));
  expect(new Set(reading.map((entry) => entry.kind))).toEqual(new Set(['home', 'content-note', 'story', 'summary', 'sources', 'source']));
  const ownScripts = new Set<string>();
  for (const entry of reading) {
    await setCookies(page.context(), baseURL!, site, entry);
    const html = await (await page.request.get(entry.path)).text();
    expect(html, entry.label).not.toContain('self.__next_f');
    const scripts = scriptsOf(html);
    expect(scripts.filter((src) => !src.startsWith('/_next/static/reader/')), `${entry.label}: scripts that are not the reader's own`).toEqual([]);
    let gzipBytes = 0;
    for (const src of scripts) gzipBytes += gzipSync(await (await page.request.get(src)).body(), { level: 9 }).length;
    expect(gzipBytes, `${entry.label}: script, gzip`).toBeLessThanOrEqual(SCRIPT_BUDGET_BYTES);
    scripts.forEach((src) => ownScripts.add(src));
  }
  // The story has something to enhance (read-aloud), so the reader's script is really there and measured.
  expect(ownScripts.size).toBe(1);
});

/** A story page's HTML, as the bench's target has it (bench/measures/bytes.ts, "story HTML, raw"): a phone on a slow link gets the account in one go. */
const STORY_HTML_BUDGET = 100_000;

test('every story’s HTML, as served to a reader past its content note, is at most 100,000 bytes', async ({ page, site, baseURL }) => {
  const stories = site.pages.filter((entry) => entry.kind === 'story');
  expect(stories.length).toBeGreaterThan(0);
  for (const entry of stories) {
    await setCookies(page.context(), baseURL!, site, entry);
    const response = await page.request.get(entry.path);
    expect(response.status(), entry.label).toBe(200);
    const html = await response.body();
    // The story itself, not its content note in its place.
    expect(html.toString('utf8'), entry.label).toContain('class="story-body"');
    expect(html.length, `${entry.label}: HTML bytes`).toBeLessThanOrEqual(STORY_HTML_BUDGET);
  }
});

test('the page rendered per request keeps Next’s runtime (the control: the check above can tell one from the other)', async ({ page }) => {
  const html = await (await page.request.get('/settings')).text();
  expect(scriptsOf(html).some((src) => src.startsWith('/_next/static/chunks/'))).toBe(true);
});
