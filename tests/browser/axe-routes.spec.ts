import { expect, test } from '@playwright/test';
import { crawlRoutes, expectNoAxeViolations } from './support';

for (const scripts of ['on', 'off'] as const) {
  test.describe(`every route with JavaScript ${scripts}`, () => {
    test('has zero axe violations (found by crawling from the home page)', async ({ page }) => {
      test.setTimeout(240_000);
      // axe itself runs as a script, so "JavaScript off" is the server's HTML with every page script blocked.
      if (scripts === 'off') await page.route(/\.js(\?.*)?$/, (route) => route.abort());
      const routes = await crawlRoutes(page);
      expect(routes.length).toBeGreaterThanOrEqual(4);
      for (const route of routes) {
        await test.step(route, async () => {
          await page.goto(route);
          await expectNoAxeViolations(page, `${route} (JavaScript ${scripts})`);
        });
      }
    });
  });
}
