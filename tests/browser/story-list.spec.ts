import { expect, test } from '@playwright/test';
import { PUBLIC_CACHE_CONTROL } from '../../lib/http/cache';
import { listPagePath } from '../../lib/view/routes';
import { STORIES_PER_PAGE } from '../../lib/view/story-list';
import { expectNoAxeViolations } from './support';

/**
 * The list of stories as a crawler walks it, by the head's rel="next" from the
 * home page, against the build's own content (one story today: then one page;
 * the paging of many stories is held by components/StoryListPage.test.tsx).
 */
const storiesInSitemap = (text: string) => [...text.matchAll(/<loc>[^<]*(\/stories\/[a-z0-9-]+)<\/loc>/g)].map((match) => match[1]);

test('following rel="next" from the home page reaches every story of the sitemap once, at most 50 a page, each page axe-clean', async ({ page, request }) => {
  const listed: string[] = [];
  const visited: string[] = [];
  for (let path: string | null = '/'; path; ) {
    await page.goto(path);
    visited.push(path);
    const links = await page.locator('.story-list h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length, path).toBeLessThanOrEqual(STORIES_PER_PAGE);
    listed.push(...links);
    await expectNoAxeViolations(page, path);
    const next = page.locator('head link[rel="next"]');
    path = (await next.count()) === 0 ? null : new URL((await next.getAttribute('href'))!).pathname;
  }
  expect(listed).toEqual([...new Set(listed)]);
  expect([...listed].sort()).toEqual(storiesInSitemap(await (await request.get('/sitemap.xml')).text()).sort());
  expect(visited[0]).toBe(listPagePath(1));
});

test('every page of the list is cached as the home page is, and a page that does not exist is a 404', async ({ request, page }) => {
  await page.goto('/');
  // The pagination links the last page; there is none while one page holds every story.
  const numbered = page.locator('nav.pagination a[aria-label^="Page "]');
  const last = (await numbered.count()) === 0 ? 1 : Number(await numbered.last().textContent());
  for (let n = 1; n <= last; n++) {
    expect((await request.get(listPagePath(n))).headers()['cache-control'], listPagePath(n)).toBe(PUBLIC_CACHE_CONTROL);
  }
  for (const missing of [`/page/${last + 1}`, '/page/1', '/page/0', '/page/two', '/page/-1']) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }
});
