import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { crawlRoutes, passContentNote } from './support';

/** The stories linked from the home page. */
async function storySlugs(page: Page): Promise<string[]> {
  await page.goto('/');
  const hrefs = await page.$$eval('a[href^="/stories/"]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs.flatMap((href) => /^\/stories\/([a-z0-9-]+)$/.exec(href)?.[1] ?? []))];
}

for (const scripts of ['on', 'off'] as const) {
  test.describe(`every route with JavaScript ${scripts}`, () => {
    // A new reader meets each story's content note (served at the story's own addresses) and can
    // read its summary; a reader who has continued reads the stories themselves. Both are crawled.
    for (const reader of ['before the content note', 'after continuing past it'] as const) {
      test(`has zero axe violations ${reader} (found by crawling from the home page)`, async ({ page, baseURL }) => {
        test.setTimeout(480_000);
        // axe itself runs as a script, so "JavaScript off" is the server's HTML with every page script blocked.
        if (scripts === 'off') await page.route(/\.js(\?.*)?$/, (route) => route.abort());
        const slugs = await storySlugs(page);
        expect(slugs.length).toBeGreaterThanOrEqual(1);
        if (reader === 'after continuing past it') {
          for (const slug of slugs) await passContentNote(page.context(), baseURL!, slug);
        }
        const routes = await crawlRoutes(page);
        expect(routes.length).toBeGreaterThanOrEqual(4);
        const notes: string[] = [];
        for (const route of routes) {
          await test.step(route, async () => {
            await page.goto(route);
            if (await page.locator('#content-note-title').count()) notes.push(route);
            expect(await axeViolations(page), `axe violations on ${route} (JavaScript ${scripts}, ${reader})`).toEqual([]);
          });
        }
        for (const slug of slugs) {
          expect(routes, 'the crawl reaches every story’s summary').toContain(`/stories/${slug}/summary`);
          if (reader === 'before the content note') {
            expect(notes, 'a new reader meets the note at the story’s address').toContain(`/stories/${slug}`);
          } else {
            expect(notes, 'a reader who continued meets no note').toEqual([]);
            expect(routes).toContain(`/stories/${slug}/sources`);
          }
        }
      });
    }
  });
}
