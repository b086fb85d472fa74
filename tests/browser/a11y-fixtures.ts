/**
 * The accessibility suite's shared ground: the site as crawled from "/" (once per
 * worker), the state matrix, and a fast axe run.
 *
 * Every a11y-*.spec.ts test loops over `site.pages`, so a new story, source or
 * page is covered by every check without editing a test. A page is visited in
 * each state that changes what it shows: a reader's first visit (a story's pages
 * show its content note) and after continuing past the note.
 */
import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { HEADING_IDS } from '../../lib/view/anchors';
import { LIST_PAGES_PREFIX, listPageNumber } from '../../lib/view/routes';
import { SETTINGS_COOKIE, serializeSettings, DEFAULT_SETTINGS, type ReaderSettings } from '../../lib/settings/settings';
import { axeViolations, DISABLED_AXE_RULES } from './axe';

export { axeViolations, DISABLED_AXE_RULES };

export type PageKind = 'home' | 'settings' | 'content-note' | 'summary' | 'story' | 'sources' | 'source' | 'not-found' | 'other';

export type SitePage = {
  /** The path as crawled (no query, no fragment). */
  path: string;
  /** Visited as a reader who has continued past every content note. */
  continued: boolean;
  kind: PageKind;
  /** Expected HTTP status (200, or 404 for the not-found page). */
  status: number;
  /** A short name for failure messages: "/stories/x (first visit: content note)". */
  label: string;
};

export type Site = { pages: SitePage[]; slugs: string[] };

/** An address no page has: the 404 page is a page too, checked like the rest. */
export const NOT_FOUND_PATH = '/no-such-page-here';
const CRAWL_LIMIT = 150;
const STORY = /^\/stories\/([a-z0-9][a-z0-9-]*)(\/.*)?$/;

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export type State = {
  viewport: keyof typeof VIEWPORTS;
  colorScheme: 'light' | 'dark';
  /** JavaScript off is the server's HTML with every page script blocked (axe itself still runs). */
  js: boolean;
  /** Reading settings stored in the cookie; omitted ones are the defaults. */
  settings?: Partial<ReaderSettings>;
};

export const describeState = (state: State) =>
  [
    state.viewport,
    `${state.colorScheme} system`,
    `JavaScript ${state.js ? 'on' : 'off'}`,
    ...Object.entries(state.settings ?? {}).map(([key, value]) => `${key} ${value}`),
  ].join(', ');

function kindOf(path: string, continued: boolean, h1: string, status: number): PageKind {
  if (status === 404) return 'not-found';
  // The later pages of the list of stories (/page/2, …) are the home page's kind: the same page, further on.
  if (path === '/' || (path.startsWith(`${LIST_PAGES_PREFIX}/`) && listPageNumber(path.slice(LIST_PAGES_PREFIX.length + 1)) !== undefined)) return 'home';
  if (path === '/settings') return 'settings';
  const story = STORY.exec(path);
  if (!story) return 'other';
  const rest = story[2] ?? '';
  if (rest === '/summary') return 'summary';
  if (!continued && /content note/i.test(h1)) return 'content-note';
  if (rest === '') return 'story';
  if (rest === '/sources') return 'sources';
  if (/^\/sources\/[^/]+$/.test(rest)) return 'source';
  return 'other';
}

const decodeEntities = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
const h1Of = (html: string) => decodeEntities((/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').trim());

/** The content-notes cookie for a reader who has continued past the notes of these stories. */
export const continuedCookieValue = (slugs: string[]) => encodeURIComponent(slugs.join(','));

type Crawled = { path: string; h1: string };

/**
 * Breadth-first over the server's HTML (links as written, not as scripts change
 * them), following same-site links to HTML pages; each path once, queries dropped.
 */
async function crawl(request: APIRequestContext, origin: string, cookie: () => string, onPath: (path: string) => void) {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const found: Crawled[] = [];
  while (queue.length > 0 && found.length < CRAWL_LIMIT) {
    const path = queue.shift()!;
    const response = await request.get(path, { headers: { cookie: cookie() }, maxRedirects: 0 });
    if (response.status() !== 200 || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    found.push({ path, h1: h1Of(html) });
    for (const match of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
      const url = new URL(decodeEntities(match[1]!), new URL(path, origin));
      if (url.origin !== origin || url.pathname.endsWith('.json') || url.pathname.endsWith('.epub') || seen.has(url.pathname)) continue;
      seen.add(url.pathname);
      onPath(url.pathname);
      queue.push(url.pathname);
    }
  }
  return found;
}

/**
 * The site as a first-time reader meets it, and as one who has continued past
 * every content note. A page is listed twice only when the two differ (its h1
 * does: the note is served in place of the page).
 */
export async function crawlSite(request: APIRequestContext, origin: string): Promise<Site> {
  const slugs = new Set<string>();
  const noteSlugs = (path: string) => {
    const slug = STORY.exec(path)?.[1];
    if (slug) slugs.add(slug);
  };
  const firstVisit = await crawl(request, origin, () => '', noteSlugs);
  const continuedCookie = () => `${CONTENT_NOTE_COOKIE}=${continuedCookieValue([...slugs])}`;
  const continued = await crawl(request, origin, continuedCookie, noteSlugs);
  const h1AfterContinuing = new Map(continued.map((page) => [page.path, page.h1]));
  const page = (crawled: Crawled, isContinued: boolean): SitePage => {
    const kind = kindOf(crawled.path, isContinued, crawled.h1, 200);
    return {
      path: crawled.path,
      continued: isContinued,
      kind,
      status: 200,
      label: `${crawled.path} (${isContinued ? 'after continuing' : 'first visit'}: ${kind})`,
    };
  };
  // The note is the same page at every address of a story it is served at: check it once per story.
  const noteSeen = new Set<string>();
  const firstVisitOnly = firstVisit
    .filter((crawled) => h1AfterContinuing.get(crawled.path) !== crawled.h1)
    .map((crawled) => page(crawled, false))
    .filter((entry) => {
      if (entry.kind !== 'content-note') return true;
      const slug = STORY.exec(entry.path)![1]!;
      if (noteSeen.has(slug)) return false;
      noteSeen.add(slug);
      return true;
    });
  const pages = [
    ...continued.map((crawled) => page(crawled, true)),
    ...firstVisitOnly,
    { path: NOT_FOUND_PATH, continued: false, kind: 'not-found', status: 404, label: `${NOT_FOUND_PATH} (not found)` } satisfies SitePage,
  ];
  return { pages, slugs: [...slugs] };
}

/** Cookies for a page in a state: past the content notes or not, and the reading settings. */
export async function setCookies(context: BrowserContext, baseURL: string, site: Site, page: SitePage, settings: Partial<ReaderSettings> = {}) {
  await context.clearCookies();
  const cookies = [];
  if (page.continued) cookies.push({ name: CONTENT_NOTE_COOKIE, value: continuedCookieValue(site.slugs), url: baseURL, httpOnly: true, sameSite: 'Lax' as const });
  const value = serializeSettings({ ...DEFAULT_SETTINGS, ...settings });
  if (value) cookies.push({ name: SETTINGS_COOKIE, value: encodeURIComponent(value), url: baseURL, httpOnly: true, sameSite: 'Lax' as const });
  if (cookies.length > 0) await context.addCookies(cookies);
}

/** Puts the page in a state (before the first visit): viewport, colour scheme, scripts. */
export async function enterState(page: Page, state: State) {
  await page.setViewportSize(VIEWPORTS[state.viewport]);
  await page.emulateMedia({ colorScheme: state.colorScheme });
  // axe runs as a script, so "JavaScript off" blocks every script the page loads instead of disabling script.
  if (!state.js) await page.route(/\.js(\?.*)?$/, (route) => route.abort());
}

/** Opens a site page in a state, checking the status is the one expected. */
export async function visit(page: Page, baseURL: string, site: Site, entry: SitePage, state?: State) {
  await setCookies(page.context(), baseURL, site, entry, state?.settings);
  const response = await page.goto(entry.path);
  expect(response?.status(), entry.label).toBe(entry.status);
  // The note moves focus to its heading by itself (autofocus): a test that places focus before
  // that has happened would have it taken away.
  if (entry.kind === 'content-note') await expect(page.locator(`#${HEADING_IDS.contentNote}`), entry.label).toBeFocused();
  // With script, a story gains its Listen button when the page's script has run: a test that counts
  // or walks the controls must wait for it.
  if (entry.kind === 'story' && state?.js) {
    await expect(page.getByRole('button', { name: 'Listen to this account' }), entry.label).toBeVisible({ timeout: 15_000 });
  }
}

/** Fails with every problem of every page at once, rather than the first. */
export function expectNoProblems(problems: string[], what: string) {
  expect(problems, `${what}:\n  ${problems.join('\n  ')}`).toEqual([]);
}

export const test = base.extend<object, { site: Site }>({
  site: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const request = await playwright.request.newContext({ baseURL });
      const site = await crawlSite(request, new URL(baseURL).origin);
      await request.dispose();
      await use(site);
    },
    { scope: 'worker' },
  ],
});

export { expect };
