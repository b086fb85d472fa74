/**
 * A claim's marker and note in each engine, scripts on and off (issue 27: the
 * account first). The marker is a plain link to the note right after it,
 * which the stylesheet shows while it is the page's :target: where focus and
 * the sequential focus starting point go when a link's target takes no focus,
 * what Tab and Shift+Tab reach from there, and smooth scrolling to a fragment
 * are each the engine's own.
 */
import { expect, test } from './fixtures';
import { claimIdsOn, claimParts, CLAIM, expectBackAtClaim, isShown, openNote } from './notes';
import { arrivedAt, hasFocus, isInViewport, type Reader } from './reader';
import { passContentNote, STORY } from './site';

/** A claim from the middle of the account (not the first: a test that only works at the top would pass there). */
async function middleClaim(reader: Reader) {
  const ids = await claimIdsOn(reader);
  expect(ids.length, 'claims in the account').toBeGreaterThan(10);
  return claimParts(ids[Math.floor(ids.length / 2)]!);
}

const focusOn = (reader: Reader, selector: string) => reader.run((s) => document.querySelector<HTMLElement>(s)!.focus(), selector);

for (const script of [true, false]) {
  test.describe(`page scripts ${script ? 'on' : 'off'}`, () => {
    test.use({ script });

    test.beforeEach(async ({ reader }) => {
      await passContentNote(reader);
      await reader.open(STORY);
    });

    test(`by keyboard: Enter on a marker opens its note right after it, Tab goes into it and Shift+Tab back; ${script ? 'Escape and Close return' : 'Close returns'} to the claim’s words, and the next Tab is the marker`, async ({ reader }) => {
      const claim = await middleClaim(reader);
      const shape = await reader.run(
        ([marker, note, words]) => {
          const link = document.querySelector<HTMLAnchorElement>(marker)!;
          return { href: link.getAttribute('href'), role: link.getAttribute('role'), noteNext: link.nextElementSibling === document.querySelector(note), wordsBefore: link.previousElementSibling?.matches(words) };
        },
        [claim.marker, claim.note, CLAIM.words] as const,
      );
      expect(shape).toEqual({ href: claim.note, role: 'doc-noteref', noteNext: true, wordsBefore: true });
      expect(await isShown(reader, claim.note), 'closed until followed').toBe(false);

      const backAtClaim = async (how: string) => {
        await expectBackAtClaim(reader, claim, how);
        await reader.press('Tab');
        expect(await hasFocus(reader, claim.marker), `the Tab after ${how} reaches the marker`).toBe(true);
      };

      await focusOn(reader, claim.marker);
      await openNote(reader, claim, 'Enter');
      await reader.press('Tab');
      expect(await hasFocus(reader, `${claim.note} ${CLAIM.close}`), 'Tab goes into the note, to its Close first').toBe(true);
      await reader.press('Shift+Tab');
      expect(await hasFocus(reader, claim.marker), 'Shift+Tab is back on the marker').toBe(true);
      if (script) {
        await reader.press('Escape');
        await backAtClaim('Escape');
        await openNote(reader, claim, 'Enter');
      }
      await reader.press('Tab');
      await reader.press('Enter');
      await backAtClaim('Close by keyboard');
    });

    test('by pointer: a marker opens its note and Close shuts it; the note’s link lands on the highlighted words it quotes in the archived article', async ({ reader }) => {
      const claim = await middleClaim(reader);
      await openNote(reader, claim, 'click');
      await reader.click(`${claim.note} ${CLAIM.close}`);
      await expectBackAtClaim(reader, claim, 'Close by pointer');

      await openNote(reader, claim, 'click');
      const link = `${claim.note} ${CLAIM.sourceLink}`;
      const cited = await reader.run(
        ([a, q]) => ({ href: document.querySelector<HTMLAnchorElement>(a)!.getAttribute('href')!, quote: document.querySelector(q)!.textContent! }),
        [link, `${claim.note} ${CLAIM.quote}`] as const,
      );
      expect(cited.href).toMatch(/^\/stories\/[a-z0-9-]+\/sources\/[a-z0-9-]+#p-\d+-\d+$/);
      await reader.click(link);
      await arrivedAt(reader, new RegExp(`^${cited.href}$`));
      const passage = new URL(cited.href, 'http://reader.test').hash;
      await expect.poll(() => reader.run((s) => document.querySelector(s)?.matches('mark:target') ?? false, passage), 'the highlighted words are the target').toBe(true);
      await expect.poll(() => isInViewport(reader, passage), 'and on screen').toBe(true);
      const paragraph = await reader.run((s) => document.querySelector(s)!.closest('p')!.textContent!, passage);
      expect(paragraph.replace(/\s+/g, ' '), 'the paragraph holds the words the note quoted').toContain(cited.quote.replace(/\s+/g, ' '));
    });
  });
}
