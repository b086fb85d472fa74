import { expect, test, type Page } from '@playwright/test';
import { passContentNote, waitForCitationEnhancement } from './support';

/**
 * Prerendered pages run their scripts under a policy that allows exactly
 * their inline scripts by hash (lib/http/page-policies.ts), never
 * 'unsafe-inline'. Both sides are proved: under the served policy the page's
 * scripts run and nothing is refused; under the same policy without the
 * hashes, they are stopped.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

/** Records every CSP violation the page reports, and every console error. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

test('under the served policy, each page’s scripts run and the browser refuses nothing', async ({ page }) => {
  const watched = await watch(page);
  for (const path of ['/', STORY, `${STORY}/sources/heart`, `${STORY}/summary`, '/settings']) {
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy'], path).not.toContain('unsafe-inline');
    // Next's runtime has started: it hydrates the page and sets its router.
    await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { router?: unknown } }).next?.router)), path).toBe(true);
    expect(await watched.violations(), path).toEqual([]);
  }
  await page.goto(STORY);
  await waitForCitationEnhancement(page);
  await page.locator('a.cite-marker').first().click();
  await expect(page.locator('#cite-popover')).toBeVisible();
  expect(watched.errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
});

test('under the same policy without the hashes, the inline scripts are refused and the page is not enhanced', async ({ page }) => {
  const watched = await watch(page);
  await page.route(`**${STORY}`, async (route) => {
    const response = await route.fetch();
    const policy = response.headers()['content-security-policy']!;
    const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');
    expect(withoutHashes).not.toBe(policy);
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': withoutHashes } });
  });
  await page.goto(STORY);
  await expect.poll(async () => (await watched.violations()).length).toBeGreaterThan(0);
  expect((await watched.violations()).every((violation) => violation.startsWith('script-src'))).toBe(true);
  // The enhancement never takes over: once everything has loaded, a marker is still the plain link to its note.
  await page.waitForLoadState('load');
  await expect(page.locator('#cite-popover[data-enhanced]')).toHaveCount(0);
  await page.locator('a.cite-marker').first().click();
  await expect(page.locator('#cite-popover')).toBeHidden();
  await expect(page).toHaveURL(/-note$/);
});
