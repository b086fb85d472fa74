/**
 * The content note (issue 4) in each engine, with the page's scripts on and
 * off by the engine's own switch: the server-side gate is the same everywhere,
 * but focus on load, the keyboard, the form's round trip, landing on a
 * fragment and the cookie are each the engine's.
 */
import { expect, test } from './fixtures';
import { arrivedAt, hasFocus, isInViewport, tabTo } from './reader';
import { contentNoteCookie, expectContentNote, NOTE_HEADING, SLUG, STORY, STORY_HEADING } from './site';

for (const script of [true, false]) {
  test.describe(`page scripts ${script ? 'on' : 'off'}`, () => {
    test.use({ script });

    test('a deep link meets the note first; continuing by keyboard lands where the link pointed, and a cookie keeps the choice', async ({ reader }) => {
      const deepLink = `${STORY}/sources/heart#p-7`;
      await reader.open(deepLink);
      await expectContentNote(reader);
      await expect.poll(() => hasFocus(reader, NOTE_HEADING), 'focus starts at the note’s heading').toBe(true);
      // The page's script (only when it runs) adds the fragment the server never saw: proof the switch took effect.
      expect(await reader.run(() => document.querySelector<HTMLInputElement>('input[name="return"]')!.value)).toBe(script ? deepLink : `${STORY}/sources/heart`);

      await tabTo(reader, 'button[value="continue"]');
      await reader.press('Enter');
      // Browsers never send the fragment: without script the reader lands on the right page, at its heading.
      const landing = script ? '#p-7' : '#source-title';
      await arrivedAt(reader, new RegExp(`^${STORY}/sources/heart${landing}$`));
      await expect.poll(() => isInViewport(reader, landing), `${landing} is on screen`).toBe(true);
      expect(await reader.run(() => document.getElementById('content-note-title'))).toBeNull();

      const cookie = await contentNoteCookie(reader);
      expect(cookie).toMatchObject({ value: SLUG, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);
      await reader.open(STORY);
      expect(await reader.run((s) => document.querySelector(s)?.textContent, STORY_HEADING)).toBe('Chrissy Teigen\'s essay on losing her son Jack');
    });

    test('continuing from the story’s own address starts reading at its heading: the next Tab goes on from there', async ({ reader }) => {
      await reader.open(STORY);
      await tabTo(reader, 'button[value="continue"]');
      await reader.press('Enter');
      await arrivedAt(reader, new RegExp(`^${STORY}${STORY_HEADING}$`));
      await expect.poll(() => reader.run((s) => document.querySelector(s)?.matches(':target'), STORY_HEADING), 'the heading is the target').toBe(true);
      await expect.poll(() => isInViewport(reader, STORY_HEADING)).toBe(true);
      await reader.press('Tab');
      const afterHeading = await reader.run((s) => Boolean(document.querySelector(s)!.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING), STORY_HEADING);
      expect(afterHeading, 'focus moved on from the heading, not from the top of the page').toBe(true);
    });

    test('the summary, chosen with the pointer, sets no cookie, and the story still begins with its note', async ({ reader }) => {
      await reader.open(STORY);
      await reader.click(`.content-note-choices a[href="${STORY}/summary"]`);
      await arrivedAt(reader, new RegExp(`^${STORY}/summary$`));
      expect(await reader.run(() => document.querySelector('h1')?.textContent)).toMatch(/: a short summary$/);
      expect(await contentNoteCookie(reader)).toBeUndefined();
      await reader.click(`main a[href="${STORY}"]`);
      await arrivedAt(reader, new RegExp(`^${STORY}$`));
      await expectContentNote(reader);
    });
  });
}
