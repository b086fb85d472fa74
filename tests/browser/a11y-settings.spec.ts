/**
 * Deliverable 6, reading settings: chosen in a plain form that works with no
 * JavaScript, stored in one cookie, applied to every page by a stylesheet the
 * server picks from that cookie (linked in the head, so the first paint is
 * already right: nothing to flash), and safe against a bad cookie or a hostile form.
 */
import { SETTINGS_COOKIE } from '../../lib/settings/settings';
import { SETTINGS_STYLESHEET_PATH } from '../../lib/settings/stylesheet';
import { enterState, expect, setCookies, test, visit } from './a11y-fixtures';

/**
 * What the reader sees of the settings: the root's text size and colour scheme,
 * a paragraph's line height, the canvas. Read once the page has loaded: the URL
 * changes as soon as the new page starts, before its stylesheets have arrived.
 */
const applied = async (page: import('@playwright/test').Page) => {
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    const paragraph = document.querySelector('main p')!;
    return {
      rootSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
      scheme: getComputedStyle(document.documentElement).colorScheme,
      lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight) / parseFloat(getComputedStyle(paragraph).fontSize),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
};

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a reader on a story page opens the settings from the header, saves, and is back on that page with the settings applied', async ({ page, site, baseURL }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const story = site.pages.find((p) => p.kind === 'story')!;
      await visit(page, baseURL!, site, story);
      await page.getByRole('banner').getByRole('link', { name: 'Reading settings' }).click();
      await expect(page).toHaveURL(/\/settings\?return=/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading settings');

      await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: /^Largest/ }).check();
      await page.getByRole('group', { name: 'Line spacing' }).getByRole('radio', { name: /^Widest/ }).check();
      await page.getByRole('group', { name: 'Line width' }).getByRole('radio', { name: /^Narrow/ }).check();
      await page.getByRole('group', { name: 'Colours' }).getByRole('radio', { name: /^Dark/ }).check();
      await page.getByRole('button', { name: 'Save settings' }).click();

      await expect(page).toHaveURL(new RegExp(`${story.path}$`));
      const chosen = await applied(page);
      expect(chosen.rootSize).toBe(32);
      expect(chosen.lineHeight).toBeGreaterThanOrEqual(2);
      expect(chosen.background).toBe('rgb(20, 20, 20)'); // dark, although the system is light
      expect(chosen.scheme).toBe('dark');

      const cookies = (await page.context().cookies()).filter((c) => c.name === SETTINGS_COOKIE);
      expect(cookies).toHaveLength(1);
      expect(cookies[0]).toMatchObject({ path: '/', sameSite: 'Lax' });

      // The settings page shows what is set, and "Reset" puts everything back (and removes the cookie).
      await page.getByRole('banner').getByRole('link', { name: 'Reading settings' }).click();
      await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: /^Largest/ })).toBeChecked();
      await page.getByRole('button', { name: 'Reset all to the defaults' }).click();
      await expect(page).toHaveURL(new RegExp(`${story.path}$`));
      expect(await applied(page)).toMatchObject({ rootSize: 18, scheme: 'light dark', background: 'rgb(253, 252, 248)' });
      expect((await page.context().cookies()).filter((c) => c.name === SETTINGS_COOKIE)).toEqual([]);
    });
  });
}

test('every page is the same for every reader and links the reader’s stylesheet in its head, which the server picks from the cookie', async ({ page, site, baseURL }) => {
  const settings = { size: 'larger', theme: 'light', width: 'wide', spacing: 'wide' } as const;
  for (const entry of site.pages) {
    await setCookies(page.context(), baseURL!, site, entry, settings);
    const response = await page.context().request.get(entry.path, { failOnStatusCode: false });
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head, entry.label).toMatch(new RegExp(`<link rel="stylesheet" href="${SETTINGS_STYLESHEET_PATH}"`));
    // The page itself does not change with the settings: the same bytes as for a reader with none.
    if (entry.kind !== 'settings') {
      await setCookies(page.context(), baseURL!, site, entry);
      const plain = await page.context().request.get(entry.path, { failOnStatusCode: false });
      expect(await plain.text(), `${entry.label}: the same HTML with and without settings`).toBe(html);
    }
    // And the header's settings link brings the reader back here.
    if (entry.status === 200 && entry.kind !== 'settings') expect(html, entry.label).toContain(`href="/settings?return=${encodeURIComponent(entry.path)}"`);
  }
  await setCookies(page.context(), baseURL!, site, site.pages[0]!, settings);
  const css = await page.context().request.get(SETTINGS_STYLESHEET_PATH);
  expect(css.headers()['content-type']).toMatch(/^text\/css/);
  for (const declaration of ['--font-size: 1.625rem', '--line-height: 1.9', '--measure: 80ch', 'color-scheme: light']) expect(await css.text()).toContain(declaration);
});

test('the settings stylesheet is private, revalidated with its ETag, and changes when the cookie does', async ({ request, playwright, baseURL }) => {
  const first = await request.get(SETTINGS_STYLESHEET_PATH);
  expect(first.headers()['cache-control']).toBe('private, no-cache');
  expect(first.headers()['vary'] ?? '').toMatch(/\bcookie\b/i);
  const etag = first.headers()['etag']!;
  expect(etag).toBeTruthy();
  const again = await request.get(SETTINGS_STYLESHEET_PATH, { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
  const dark = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${SETTINGS_COOKIE}=theme%3Ddark`, 'If-None-Match': etag } });
  const changed = await dark.get(SETTINGS_STYLESHEET_PATH);
  expect(changed.status()).toBe(200);
  expect(await changed.text()).toContain('color-scheme: dark');
  await dark.dispose();
});

test('with JavaScript off, the first paint waits for the reader’s stylesheet, and is already in their size and theme', async ({ page, site, baseURL }) => {
  await enterState(page, { viewport: 'desktop', colorScheme: 'light', js: false });
  const home = site.pages.find((p) => p.kind === 'home')!;
  await setCookies(page.context(), baseURL!, site, home, { size: 'largest', theme: 'dark' });
  // Hold the stylesheet back until the whole page has arrived: a page that did not wait for it would paint meanwhile.
  let arrived!: () => void;
  const whenArrived = new Promise<void>((resolve) => (arrived = resolve));
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'document') arrived();
  });
  await page.route(`**${SETTINGS_STYLESHEET_PATH}`, async (route) => {
    await whenArrived;
    await route.continue();
  });
  await page.goto(home.path);
  // The first paint may come a frame after the load event: wait for it to be recorded.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('paint').length)).toBeGreaterThan(0);
  const timing = await page.evaluate((path) => ({
    firstPaint: performance.getEntriesByType('paint')[0]!.startTime,
    stylesheetArrived: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.endsWith(path))?.responseEnd,
  }), SETTINGS_STYLESHEET_PATH);
  expect(timing.stylesheetArrived, 'the stylesheet was loaded').toBeDefined();
  expect(timing.firstPaint, 'the first paint came after the reader’s stylesheet').toBeGreaterThanOrEqual(timing.stylesheetArrived!);
  expect(await applied(page)).toMatchObject({ rootSize: 32, scheme: 'dark', background: 'rgb(20, 20, 20)' });
});

test('the form handler redirects relatively, only to this site, and refuses other sites', async ({ request }) => {
  const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    request.post('/settings/save', { form, headers, maxRedirects: 0 });

  const saved = await post({ size: 'large', theme: 'dark', return: '/stories/some-story#note-3' });
  expect(saved.status()).toBe(303);
  expect(saved.headers().location).toBe('/stories/some-story#note-3');
  expect(saved.headers()['set-cookie']).toMatch(new RegExp(`^${SETTINGS_COOKIE}=size%3Dlarge%26theme%3Ddark; Max-Age=\\d+; Path=/; HttpOnly; SameSite=Lax`));

  for (const hostile of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/%2F%2Fevil.example']) {
    const response = await post({ size: 'large', return: hostile });
    expect(response.status(), hostile).toBe(303);
    expect(response.headers().location, hostile).toBe('/settings?saved=1');
  }

  const unknown = await post({ size: 'gigantic', theme: 'neon' });
  expect(unknown.headers()['set-cookie']).toMatch(new RegExp(`^${SETTINGS_COOKIE}=; Max-Age=0`));

  expect((await post({ size: 'large' }, { origin: 'https://evil.example' })).status()).toBe(403);
  expect((await post({ size: 'large' }, { 'sec-fetch-site': 'cross-site' })).status()).toBe(403);

  const get = await request.get('/settings/save', { maxRedirects: 0 });
  expect(get.status()).toBe(303);
  expect(get.headers().location).toBe('/settings');
});

test('after saving with nowhere to return to, the settings page says the settings are saved', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Large', { exact: true }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page).toHaveURL(/\/settings\?saved=1$/);
  await expect(page.getByRole('status')).toContainText('saved');
  expect((await applied(page)).rootSize).toBe(22);
});
