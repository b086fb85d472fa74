import { expect, test, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed } from 'feedsmith';
import type { CitationsFile } from '../../lib/view/citations-schema';
import { header, rawRequest } from './raw-http';
import { crawlRoutes, passContentNote } from './support';

/**
 * The ecosystem's formats, read by their own tools: the citations by Apache
 * Annotator (as an annotation client resolves them) and by a JSON Schema
 * validator, the feed by an XML validator and a feed parser, the pages'
 * canonical links, OpenGraph and JSON-LD as a crawler finds them.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;
type Selector = CitationsFile['claims'][number]['citations'][number]['target']['selector'][0];

async function citationsFile(request: import('@playwright/test').APIRequestContext): Promise<CitationsFile> {
  const response = await request.get(`${STORY}/citations.json`);
  expect(response.ok()).toBe(true);
  return response.json();
}

/** @apache-annotator/dom, bundled for the page: the matcher annotation clients use to find a quote. */
const annotatorBundle = build({
  stdin: { contents: "export { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';", resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'apacheAnnotator',
  platform: 'browser',
}).then((result) => result.outputFiles[0]!.text);

/** Every place in the page's `main` where the selector matches, as the matched text. */
async function matchesInPage(page: Page, selectors: Selector[]): Promise<string[][]> {
  if (!(await page.evaluate(() => 'apacheAnnotator' in window))) await page.evaluate(await annotatorBundle);
  return page.evaluate(async (selectors) => {
    type Matcher = (scope: Node) => AsyncIterable<Range>;
    const { createTextQuoteSelectorMatcher } = (window as unknown as { apacheAnnotator: { createTextQuoteSelectorMatcher: (s: object) => Matcher } }).apacheAnnotator;
    const scope = document.querySelector('main')!;
    const all: string[][] = [];
    for (const selector of selectors) {
      const found: string[] = [];
      for await (const range of createTextQuoteSelectorMatcher(selector)(scope)) found.push(range.toString());
      all.push(found);
    }
    return all;
  }, selectors);
}

test('Apache Annotator finds every quote of citations.json exactly once in its archived page, as the exact words', async ({ page, context, baseURL, request }) => {
  test.setTimeout(120_000);
  await passContentNote(context, baseURL!, SLUG);
  const data = await citationsFile(request);
  type Cited = CitationsFile['claims'][number]['citations'][number];
  const bySource = new Map<string, Cited[]>();
  for (const citation of data.claims.flatMap((claim) => claim.citations)) bySource.set(citation.target.source, [...(bySource.get(citation.target.source) ?? []), citation]);
  expect(bySource.size).toBe(data.sources.length);
  let resolved = 0;
  for (const [archive, citations] of bySource) {
    await page.goto(new URL(archive).pathname);
    const selectors = citations.map((citation) => citation.target.selector[0]);
    const matches = await matchesInPage(page, selectors);
    selectors.forEach((selector, index) => expect(matches[index], `${archive}: ${selector.exact}`).toEqual([selector.exact]));
    resolved += selectors.length;
  }
  expect(resolved).toBe(data.claims.reduce((sum, claim) => sum + claim.citations.length, 0));
});

test('citations.json passes the JSON Schema published beside it, and that schema refuses a broken file', async ({ request }) => {
  const schema = await (await request.get('/citations.schema.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const data = await citationsFile(request);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  const broken = structuredClone(data);
  delete (broken.claims[0]!.citations[0] as Partial<(typeof broken.claims)[number]['citations'][number]>).target;
  expect(validate(broken)).toBe(false);
});

test('the Atom feed is well-formed, and a feed parser reads each story’s title, address, summary, topics and dates but none of its text', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parseAtomFeed(xml);
  const data = await citationsFile(request);
  const entry = feed.entries!.find((e) => e.id === data.story.url)!;
  expect(entry.title?.value).toBe(data.story.title);
  expect(entry.links?.map((link) => link.href)).toContain(data.story.url);
  expect(entry.summary?.value).toContain('Content note:');
  expect(entry.categories?.length).toBeGreaterThan(0);
  expect(entry.published).toContain(data.story.published);
  expect(entry.updated).toContain(data.story.updated ?? data.story.published);
  for (const claim of data.claims) expect(xml, 'no sentence of the account is in the feed').not.toContain(claim.text.slice(0, 60));
});

test('every page links the feed and names its canonical address and OpenGraph facts', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await passContentNote(context, baseURL!, SLUG);
  const routes = await crawlRoutes(page);
  expect(routes).toEqual(expect.arrayContaining(['/', STORY, `${STORY}/sources`, `${STORY}/summary`, '/settings']));
  for (const route of routes) {
    await page.goto(route);
    const head = page.locator('head');
    await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]'), route).toHaveAttribute('href', /\/feed\.xml$/);
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, route).toBe(route);
    await expect(head.locator('meta[property="og:url"]'), route).toHaveAttribute('content', canonical!);
    await expect(head.locator('meta[property="og:title"]'), route).toHaveAttribute('content', /\S/);
    await expect(head.locator('meta[property="og:description"]'), route).toHaveAttribute('content', /\S/);
  }
});

test('a crawler at the story’s address finds an indexable note with the story’s JSON-LD, and not one sentence of the story', async ({ page, request }) => {
  await page.goto(STORY);
  await expect(page.locator('#content-note-title')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const data = await citationsFile(request);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', data.story.url);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: data.story.title, datePublished: data.story.published, url: data.story.url });
  expect(jsonLd.dateModified).toBe(data.story.updated ?? data.story.published);
  expect(jsonLd.isBasedOn).toHaveLength(data.sources.length);
  for (const source of data.sources) {
    const based = jsonLd.isBasedOn.find((item: { archivedAt: string }) => item.archivedAt === source.archive);
    expect(based?.url, source.id).toBe(source.url ?? undefined);
    expect(based?.publisher?.name, source.id).toBe(source.outlet ?? undefined);
  }
  const html = await page.content();
  for (const claim of data.claims) expect(html, 'the note holds no sentence of the account').not.toContain(claim.text.slice(0, 60));
  await page.goto(`${STORY}/sources`);
  await expect(page.locator('#content-note-title')).toBeVisible();
  await expect(page.locator('meta[name="robots"]'), 'the note in front of the other pages is not listed').toHaveAttribute('content', /noindex/);
});

test('robots.txt and the sitemap list the story and its summary, and keep crawlers off the archived articles', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Disallow: \/stories\/\*\/sources\/$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(sitemap)).toBe(true);
  const data = await citationsFile(request);
  expect(sitemap).toContain(`<loc>${data.story.url}</loc>`);
  expect(sitemap).toContain(`<loc>${data.story.url}/summary</loc>`);
  expect(sitemap).not.toContain('/sources');
});

test('a hostile Host or X-Forwarded-Host never changes an absolute address the reader publishes', async ({ baseURL }) => {
  const hostile: [string, string][] = [['X-Forwarded-Host', 'evil.example'], ['X-Forwarded-Proto', 'javascript'], ['Forwarded', 'host=evil.example']];
  for (const target of [`${STORY}/citations.json`, '/feed.xml', '/sitemap.xml', '/robots.txt', STORY, '/']) {
    for (const request of [{ target, headers: hostile }, { target, noHost: true, headers: [['Host', 'evil.example'], ...hostile] as [string, string][] }]) {
      const response = await rawRequest(baseURL!, request);
      expect(response.status, target).toBe(200);
      const body = response.body.toString('utf8');
      expect(body, target).not.toContain('evil.example');
      expect(header(response, 'location'), target).toEqual([]);
    }
  }
});
