import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { SETTINGS_COOKIE } from '../../lib/settings/settings';
import { CLAIM, openNote } from './support';

/**
 * A reader of a story about pregnancy loss is not tracked: reading it end to
 * end (content note, story, a claim's note, the archived article, the
 * reading settings) makes no request to any other origin, and the only
 * cookies ever set are the content-note choice and the reading settings.
 */

const ALLOWED_COOKIES = [CONTENT_NOTE_COOKIE, SETTINGS_COOKIE];

test('reading a story end to end stays on this site and sets only the two cookies of choices', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  const cookiesSet: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const reading: Promise<void>[] = [];
  context.on('response', (response) => {
    const headers = response.headersArray().then((all) => {
      for (const { name, value } of all) if (name.toLowerCase() === 'set-cookie') cookiesSet.push(value.split('=')[0]!.trim());
    });
    // A response still arriving when the test ends has nothing more to tell.
    reading.push(headers.catch(() => undefined));
  });

  await page.goto('/');
  await page.locator('a[href^="/stories/"]').first().click();
  // The content note, then the reader's choice to continue.
  await page.getByRole('button', { name: 'Continue to the story' }).click();
  await expect(page.locator('.story-body')).toBeVisible();

  // A claim's note, open in place, and from it the archived article, at the cited passage.
  const note = await openNote(page, page.locator(`.story-body ${CLAIM.marker}`).first());
  await note.locator(CLAIM.sourceLink).first().click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#p-\d+-\d+$/);

  // The reading settings, saved once.
  await page.goto('/settings');
  await page.locator('input[type="radio"][name="size"]').last().check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('saved');

  await Promise.all(reading);
  const elsewhere = requested.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere, 'requests to other origins').toEqual([]);
  expect(requested.filter((url) => !/^(https?|data|blob):/.test(url)), 'requests by other schemes').toEqual([]);
  expect(requested.length).toBeGreaterThan(5);

  expect([...new Set(cookiesSet)].sort(), 'cookies set by responses').toEqual([...ALLOWED_COOKIES].sort());
  const stored = await context.cookies();
  expect(stored.map((cookie) => cookie.name).sort(), 'cookies the browser keeps').toEqual([...ALLOWED_COOKIES].sort());
  for (const cookie of stored) {
    expect(new URL(origin).hostname, `${cookie.name} belongs to this site`).toBe(cookie.domain.replace(/^\./, ''));
    expect(cookie.sameSite, `${cookie.name} is not sent from other sites' pages`).not.toBe('None');
  }
});
