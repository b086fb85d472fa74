/**
 * Deliverable 6, reading settings: chosen in a plain form that works with no
 * JavaScript, stored in one cookie, applied by the server to every page (in the
 * HTML itself, so there is nothing to flash), and safe against a bad cookie or a
 * hostile form.
 */
import { SETTINGS_COOKIE } from '../../lib/settings/settings';
import { expect, setCookies, test, visit } from './a11y-fixtures';

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
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-text-size', 'largest');
      await expect(html).toHaveAttribute('data-line-spacing', 'widest');
      await expect(html).toHaveAttribute('data-line-width', 'narrow');
      await expect(html).toHaveAttribute('data-theme', 'dark');
      const applied = await page.evaluate(() => ({
        rootSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
        lineHeight: parseFloat(getComputedStyle(document.querySelector('main p')!).lineHeight) / parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
        background: getComputedStyle(document.body).backgroundColor,
        scheme: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
      }));
      expect(applied.rootSize).toBe(32);
      expect(applied.lineHeight).toBeGreaterThanOrEqual(2);
      expect(applied.background).toBe('rgb(20, 20, 20)'); // dark, although the system is light
      expect(applied.scheme).toBe('dark');

      const cookies = (await page.context().cookies()).filter((c) => c.name === SETTINGS_COOKIE);
      expect(cookies).toHaveLength(1);
      expect(cookies[0]).toMatchObject({ path: '/', sameSite: 'Lax' });

      // The settings page shows what is set, and "Reset" puts everything back (and removes the cookie).
      await page.getByRole('banner').getByRole('link', { name: 'Reading settings' }).click();
      await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: /^Largest/ })).toBeChecked();
      await page.getByRole('button', { name: 'Reset all to the defaults' }).click();
      await expect(page).toHaveURL(new RegExp(`${story.path}$`));
      await expect(html).toHaveAttribute('data-text-size', 'standard');
      await expect(html).toHaveAttribute('data-theme', 'system');
      expect((await page.context().cookies()).filter((c) => c.name === SETTINGS_COOKIE)).toEqual([]);
    });
  });
}

test('the server applies the settings in the HTML of every page, before any script or style runs', async ({ page, site, baseURL }) => {
  for (const entry of site.pages) {
    await setCookies(page.context(), baseURL!, site, entry, { size: 'larger', theme: 'light', width: 'wide', spacing: 'wide' });
    const response = await page.context().request.get(entry.path, { failOnStatusCode: false });
    const html = await response.text();
    const root = /<html[^>]*>/.exec(html)?.[0] ?? '';
    for (const attribute of ['data-text-size="larger"', 'data-theme="light"', 'data-line-width="wide"', 'data-line-spacing="wide"']) {
      expect(root, `${entry.label}: ${attribute}`).toContain(attribute);
    }
    expect(html, entry.label).toContain('<meta name="color-scheme" content="light"/>');
    // Every page depends on the cookie: no shared cache may keep one reader's copy for another.
    expect(response.headers()['cache-control'] ?? '', entry.label).toMatch(/private|no-store/);
    // And the header's settings link brings the reader back here.
    if (entry.status === 200 && entry.kind !== 'settings') expect(html, entry.label).toContain(`href="/settings?return=${encodeURIComponent(entry.path)}"`);
  }
});

test('a malformed or hostile settings cookie is ignored: every page renders with the defaults', async ({ page, site, baseURL }) => {
  for (const value of ['size=%ZZ', 'theme=dark%22%20onload%3D%22alert(1)', 'x'.repeat(3000), 'size=largest&size=<script>']) {
    for (const entry of site.pages.filter((p) => p.kind === 'home' || p.kind === 'story')) {
      await setCookies(page.context(), baseURL!, site, entry);
      await page.context().addCookies([{ name: SETTINGS_COOKIE, value, url: baseURL! }]);
      const response = await page.goto(entry.path);
      expect(response?.status(), `${entry.label} with ${value.slice(0, 40)}`).toBe(200);
      const size = await page.locator('html').getAttribute('data-text-size');
      expect(['standard', 'largest'], value.slice(0, 40)).toContain(size);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
    }
  }
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
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
});
