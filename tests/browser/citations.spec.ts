import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, isInViewport, passContentNote, tabTo, waitForCitationEnhancement } from './support';

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

// These tests read the story itself: start as a reader who has already passed its content note.
test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`citation round trip with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('given the story, a keyboard user goes from a claim to its note, to the source paragraph and back to the same marker', async ({ page }) => {
      await page.goto(STORY);
      if (javaScriptEnabled) await waitForCitationEnhancement(page);
      const marker = page.locator('a.cite-marker').first();
      const markerId = await marker.getAttribute('id');
      const noteHref = await marker.getAttribute('href');
      expect(markerId).toMatch(/^claim-[0-9a-f]{8}(-\d+)?$/);
      expect(noteHref).toBe(`#${markerId}-note`);

      await tabTo(page, `#${markerId}`);
      await page.keyboard.press('Enter');
      if (javaScriptEnabled) {
        // Enhanced: the quote opens in place; its links lead on.
        const popover = page.locator('#cite-popover');
        await expect(popover).toBeVisible();
        await expect(page.locator('#cite-popover-heading')).toBeFocused();
        await tabTo(page, '#cite-popover cite a');
      } else {
        await expect(page).toHaveURL(new RegExp(`${noteHref}$`));
        await expect.poll(() => isInViewport(page, noteHref!)).toBe(true);
        await tabTo(page, `${noteHref} cite a`);
      }
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#p-\d+$/);
      const paragraph = new URL(page.url()).hash;
      await expect.poll(() => isInViewport(page, paragraph)).toBe(true);
      await expect(page.locator(`${paragraph} mark`).first()).toBeVisible();

      await tabTo(page, `${paragraph} + .paragraph-claims a[href$="#${markerId}"]`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${STORY}#${markerId}$`));
      await expect.poll(() => isInViewport(page, `#${markerId}`)).toBe(true);
    });
  });
}

test('given a popover opened from a marker, Esc closes it and focus returns to the marker', async ({ page }) => {
  // axe over the whole story (every note and section note) takes a while on a busy machine.
  test.setTimeout(90_000);
  await page.goto(STORY);
  await waitForCitationEnhancement(page);
  const marker = page.locator('a.cite-marker').nth(2);
  await marker.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator('#cite-popover');
  await expect(popover).toBeVisible();
  const noteId = (await marker.getAttribute('href'))!.slice(1);
  await expect(popover.locator('blockquote')).toHaveText(await page.locator(`#${noteId} blockquote`).allInnerTexts());
  await expectNoAxeViolations(page, 'story with a citation popover open');
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(marker).toBeFocused();
});

test('given a popover on a 320 px screen, it stays entirely on screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(STORY);
  await waitForCitationEnhancement(page);
  await page.locator('a.cite-marker').last().click();
  const box = (await page.locator('#cite-popover').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
});

test('every claim marker is named by how many of the articles report the claim, never by a bare number', async ({ page }) => {
  await page.goto(STORY);
  const names = await page.locator('a.cite-marker').allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/^[1-5] of 5 articles$/);
  await expect(page.getByRole('link', { name: '5 of 5 articles', exact: true }).first()).toBeVisible();
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
