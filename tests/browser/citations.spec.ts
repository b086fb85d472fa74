import { expect, test } from '@playwright/test';
import { DEFAULT_SETTINGS, serializeSettings, SETTINGS_COOKIE } from '../../lib/settings/settings';
import { asWithoutPopoverApi, expectNoAxeViolations, isInViewport, MARKER, passContentNote, tabTo } from './support';

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

// These tests read the story itself: start as a reader who has already passed its content note.
test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`citation round trip with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('given the story, a keyboard user opens a claim’s note in place, goes on to the source paragraph and back to the same claim', async ({ page }) => {
      await page.goto(STORY);
      const claim = page.locator('.story-body .cite').first();
      const claimId = (await claim.getAttribute('id'))!;
      expect(claimId).toMatch(/^claim-[0-9a-f]{8}(-\d+)?$/);
      await expect(claim.locator(MARKER)).toHaveAttribute('popovertarget', `${claimId}-popover`);

      await tabTo(page, `#${claimId} > ${MARKER}`);
      await page.keyboard.press('Enter');
      // The note opens over the account, with no script: focus stays on the marker, and Tab goes into the note.
      const popover = page.locator(`#${claimId}-popover:popover-open`);
      await expect(popover).toBeVisible();
      await expect(page.locator(`#${claimId} > ${MARKER}`)).toBeFocused();
      await tabTo(page, `#${claimId}-popover cite a`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#p-\d+$/);
      const paragraph = new URL(page.url()).hash;
      await expect.poll(() => isInViewport(page, paragraph)).toBe(true);
      await expect(page.locator(`${paragraph} mark`).first()).toBeVisible();

      await tabTo(page, `${paragraph} + .paragraph-claims a[href$="#${claimId}"]`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${STORY}#${claimId}$`));
      await expect.poll(() => isInViewport(page, `#${claimId}`)).toBe(true);
    });

    test('given a browser without the Popover API, the marker is a link: claim → note → source → back, all by keyboard', async ({ page }) => {
      await page.goto(STORY);
      await asWithoutPopoverApi(page);
      const claimId = (await page.locator('.story-body .cite').first().getAttribute('id'))!;
      const link = page.locator(`#${claimId} > a.cite-marker`);
      await expect(link).toHaveAttribute('href', `#${claimId}-note`);
      await expect(link).toHaveAttribute('role', 'doc-noteref');
      await tabTo(page, `#${claimId} > a.cite-marker`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`#${claimId}-note$`));
      await expect.poll(() => isInViewport(page, `#${claimId}-note`)).toBe(true);
      await tabTo(page, `#${claimId}-note cite a`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#p-\d+$/);
      const paragraph = new URL(page.url()).hash;
      await tabTo(page, `${paragraph} + .paragraph-claims a[href$="#${claimId}"]`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${STORY}#${claimId}$`));
      await expect.poll(() => isInViewport(page, `#${claimId}`)).toBe(true);
    });
  });
}

test('given a note opened from a marker, Esc closes it and focus returns to the marker', async ({ page }) => {
  // axe over the whole story (every note and section note) takes a while on a busy machine.
  test.setTimeout(90_000);
  await page.goto(STORY);
  const claimId = (await page.locator('.story-body .cite').nth(2).getAttribute('id'))!;
  const marker = page.locator(`#${claimId} > ${MARKER}`);
  await marker.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator(`#${claimId}-popover:popover-open`);
  await expect(popover).toBeVisible();
  await expect(page.locator('[popover]:popover-open')).toHaveCount(1);
  await expect(popover).toHaveAttribute('role', 'group');
  await expect(popover).toHaveAccessibleName(/^\d of 5 articles reports? this\.$/);
  await expectNoAxeViolations(page, 'story with a note open in place');
  await page.keyboard.press('Tab');
  await expect(popover.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(marker).toBeFocused();
});

for (const [label, settings] of [['the standard', {}], ['the largest', { size: 'largest', spacing: 'widest' }]] as const) {
  test(`given a note that cites all five articles open on a 320 px screen at ${label} text size, it stays entirely on screen`, async ({ page, context, baseURL }) => {
    const value = serializeSettings({ ...DEFAULT_SETTINGS, ...settings });
    if (value) await context.addCookies([{ name: SETTINGS_COOKIE, value: encodeURIComponent(value), url: baseURL! }]);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(STORY);
    await page.locator(`.story-body ${MARKER}`, { hasText: '5 of 5 articles' }).first().click();
    const box = (await page.locator('[popover]:popover-open').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
  });
}

test('every claim marker is named by how many of the articles report the claim, never by a bare number', async ({ page }) => {
  await page.goto(STORY);
  for (const form of [MARKER, 'a.cite-marker']) {
    const names = await page.locator(form).allInnerTexts();
    expect(names.length, form).toBeGreaterThan(0);
    for (const name of names) expect(name, form).toMatch(/^[1-5] of 5 articles$/);
  }
  // Exactly one form is shown, so a screen reader hears one marker per claim.
  await expect(page.getByRole('button', { name: '5 of 5 articles', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '5 of 5 articles', exact: true })).toHaveCount(0);
});

test('given the citations export, every citation resolves to the words of its source paragraph', async ({ request }) => {
  const response = await request.get(`${STORY}/citations.json`);
  expect(response.ok()).toBe(true);
  const data = await response.json();
  expect(data.claims.length).toBeGreaterThan(0);
  for (const claim of data.claims) {
    expect(claim.id).toMatch(/^claim-[0-9a-f]{8}(-\d+)?$/);
    expect(claim.citations.length).toBeGreaterThan(0);
    for (const citation of claim.citations) {
      expect(citation.end).toBeGreaterThan(citation.start);
      const archive = new URL(citation.archive);
      expect(`${archive.pathname}${archive.hash}`).toBe(`${STORY}/sources/${citation.source}#p-${citation.paragraph}`);
    }
    expect(claim.reportedBy.length).toBeGreaterThanOrEqual(new Set(claim.citations.map((c: { source: string }) => c.source)).size);
  }
});

test('an unknown story or source gets an accessible 404 page, not an error', async ({ page }) => {
  for (const path of ['/stories/no-such-story', `${STORY}/sources/no-such-source`, `${STORY}/sources/..%2f..%2fpackage.json`, '/nothing/here']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
  await expectNoAxeViolations(page, 'the 404 page');
});
