import { expect, test } from '@playwright/test';
import { CLAIM, claimIdsOn, claimOpeningProblem, claimParts, expectNoAxeViolations, isInViewport, MARKER_NAME, openNote, passContentNote, tabTo } from './support';

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

// These tests read the story itself: start as a reader who has already passed its content note.
test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

/** The source page a note's link led to, at the passage it named: the highlighted words (`#p-<paragraph>-<start>`), the page's target. */
const PASSAGE_URL = /\/sources\/[a-z0-9-]+#p-\d+-\d+$/;

for (const javaScriptEnabled of [false, true]) {
  test.describe(`citation round trip with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('given the story, a keyboard user opens a claim’s note in place, goes on to the cited passage and back to the same claim', async ({ page }) => {
      await page.goto(STORY);
      const [id] = await claimIdsOn(page);
      expect(id).toMatch(/^claim-[0-9a-f]{8}(-\d+)?$/);
      const claim = claimParts(id!);

      await tabTo(page, claim.marker);
      // The note opens in place with no script, and the reader's place moves to it: Shift+Tab is back on the marker, Tab goes on into the note.
      const note = await openNote(page, page.locator(claim.marker), 'Enter');
      await expect(page).toHaveURL(new RegExp(`${claim.note}$`));
      await page.keyboard.press('Shift+Tab');
      await expect(page.locator(claim.marker)).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(note.locator(CLAIM.close)).toBeFocused();
      await tabTo(page, `${claim.note} ${CLAIM.sourceLink}`);
      expect(await note.evaluate((element) => element.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(PASSAGE_URL);
      const passage = new URL(page.url()).hash;
      await expect(page.locator(`mark${passage}:target`)).toBeVisible();
      await expect.poll(() => isInViewport(page, passage)).toBe(true);

      const paragraph = `#${(await page.locator(passage).evaluate((mark) => mark.closest('p')!.id))}`;
      await tabTo(page, `${paragraph} + .paragraph-claims a[href$="${claim.words}"]`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${STORY}${claim.words}$`));
      await expect(page.locator(`${claim.words}:target`)).toBeAttached();
      await expect.poll(() => isInViewport(page, claim.words)).toBe(true);
    });

    test('given the story, a pointer user taps a marker: its note opens right after it in the claim’s paragraph, and Close returns to the claim’s words', async ({ page }) => {
      await page.goto(STORY);
      const [id] = await claimIdsOn(page);
      const claim = claimParts(id!);
      const marker = page.locator(claim.marker);
      await expect(marker).toHaveAttribute('href', claim.note);
      await expect(marker).toHaveAttribute('role', 'doc-noteref');
      // Closed until followed, and in its place: the marker's next sibling, in the paragraph that holds the claim.
      await expect(page.locator(claim.note)).toBeHidden();
      expect(await marker.evaluate((link, note) => link.nextElementSibling === document.querySelector(note) && link.previousElementSibling?.matches('span.claim') && link.parentElement!.tagName, claim.note)).toBe('P');
      await openNote(page, marker);
      await expect(page).toHaveURL(new RegExp(`${claim.note}$`));
      await expect(page.locator(CLAIM.openNote)).toHaveCount(1);
      await page.locator(`${claim.note} ${CLAIM.close}`).click();
      await expect(page).toHaveURL(new RegExp(`${claim.words}$`));
      await expect(page.locator(claim.note)).toBeHidden();
      await expect(page.locator(`${claim.words}:target`)).toBeAttached();
      await expect.poll(() => isInViewport(page, claim.words)).toBe(true);
    });
  });
}

test('given a note opened from its marker, Escape closes it, returns to the claim’s words, and the next Tab reaches that marker', async ({ page }) => {
  // axe over the whole story (every note and section note) takes a while on a busy machine.
  test.setTimeout(90_000);
  await page.goto(STORY);
  await expect(page.locator('html[data-enhanced="true"]')).toBeAttached();
  const id = (await claimIdsOn(page))[2]!;
  const claim = claimParts(id);
  const marker = page.locator(claim.marker);
  const note = await openNote(page, marker, 'Enter');
  await expect(page.locator(CLAIM.openNote)).toHaveCount(1);
  // Read once, as plain text (no role, no name): the claim's first words, then how many articles report it.
  expect(await note.getAttribute('role')).toBeNull();
  const noteClaim = await note.locator(CLAIM.noteClaim).innerText();
  expect(claimOpeningProblem(noteClaim, await page.locator(claim.words).innerText())).toBeNull();
  expect(noteClaim).toMatch(/” \d of 5 articles reports? this\.$/);
  await expectNoAxeViolations(page, 'story with a note open in place');
  await page.keyboard.press('Tab');
  await expect(note.locator(CLAIM.close)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${claim.words}$`));
  await expect(note).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
});

test('every claim marker is a link named by how many articles report the claim, a count and never an ordinal or a bare number', async ({ page }) => {
  await page.goto(STORY);
  const markers = page.locator(`.story-body ${CLAIM.marker}`);
  const names = await markers.allInnerTexts();
  expect(names.length).toBe((await claimIdsOn(page)).length);
  for (const name of names) {
    const count = Number(MARKER_NAME.exec(name)?.[1]);
    expect(count, name).toBeGreaterThanOrEqual(1);
    expect(count, name).toBeLessThanOrEqual(5);
    expect(name).toBe(`${count} ${count === 1 ? 'article' : 'articles'}`);
  }
  await expect(page.getByRole('link', { name: '4 articles', exact: true }).first()).toBeVisible();
  // A link and nothing else: no button a screen reader would take for a widget, and no "of 5".
  await expect(page.getByRole('button', { name: /\barticles?$/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /\d+ of \d+ articles/ })).toHaveCount(0);
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
