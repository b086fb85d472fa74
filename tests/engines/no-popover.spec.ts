/**
 * The account in a browser without the Popover API (Safari before 17, Firefox
 * before 125, older Android WebViews), by WebKit's own switch
 * (--features=-PopoverAttribute): no popover attribute, no showPopover(), and
 * no :popover-open in stylesheets, so a rule naming it is dropped whole, as
 * such a browser drops it. Since issue 27 the markers use no popover; these
 * tests hold that the account still works without one. Firefox has no such
 * switch (dom.element.popover.enabled=false changes nothing in ESR 153), so
 * they run in WebKit only (@without-popover-api, playwright.engines.config.ts).
 */
import { expect, test } from './fixtures';
import { claimIdsOn, claimParts, CLAIM, expectBackAtClaim, isShown, openNote } from './notes';
import { hasFocus, tabTo } from './reader';
import { passContentNote, STORY } from './site';

const tag = '@without-popover-api';

for (const script of [true, false]) {
  test.describe(`no Popover API, page scripts ${script ? 'on' : 'off'}`, () => {
    test.use({ popoverApi: false, script });

    test.beforeEach(async ({ reader }) => {
      await passContentNote(reader);
      await reader.open(STORY);
      const api = await reader.run(() => ({ attribute: 'popover' in HTMLElement.prototype, method: 'showPopover' in HTMLElement.prototype, selector: CSS.supports('selector(:popover-open)') }));
      expect(api, 'the engine has no Popover API').toEqual({ attribute: false, method: false, selector: false });
    });

    test('every marker is a link to the note right after it, whose Close links back to the claim’s words; the last claim’s round trip by keyboard', { tag }, async ({ reader }) => {
      const ids = await claimIdsOn(reader);
      expect(ids.length).toBeGreaterThan(10);
      const broken = await reader.run(
        ([parts, close]) =>
          parts.flatMap(({ words, marker, note }) => {
            const link = document.querySelector<HTMLAnchorElement>(marker);
            const problems: string[] = [];
            if (link?.getAttribute('href') !== note || link.nextElementSibling !== document.querySelector(note)) problems.push(`${marker} is not a link to ${note} right after it`);
            if (document.querySelector(`${note} ${close}`)?.getAttribute('href') !== words || !document.querySelector(words)) problems.push(`${note}'s Close does not lead to ${words}`);
            return problems;
          }),
        [ids.map(claimParts), CLAIM.close] as const,
      );
      expect(broken).toEqual([]);

      const claim = claimParts(ids.at(-1)!);
      await tabTo(reader, claim.marker, 400);
      await openNote(reader, claim, 'Enter');
      await reader.press('Tab');
      expect(await hasFocus(reader, `${claim.note} ${CLAIM.close}`)).toBe(true);
      await reader.press('Enter');
      await expectBackAtClaim(reader, claim, 'Close');
      await reader.press('Tab');
      expect(await hasFocus(reader, claim.marker), 'the next Tab is the marker again').toBe(true);
    });

    test('no control in the notes does nothing: each is a link to a place that exists, none a button', { tag }, async ({ reader }) => {
      const controls = await reader.run((note) => {
        const focusable = 'a, button, input, select, textarea, summary, [tabindex], [popovertarget]';
        return [...document.querySelectorAll<HTMLElement>(`.story-body ${note} :is(${focusable})`)].map((control) => {
          const link = control instanceof HTMLAnchorElement && control.hasAttribute('href') ? control : undefined;
          const here = link !== undefined && link.pathname === location.pathname;
          return {
            what: control.outerHTML.slice(0, 100),
            link: link?.pathname,
            brokenHere: here && !document.getElementById(decodeURIComponent(link.hash.slice(1))),
          };
        });
      }, CLAIM.note);
      expect(controls.length).toBeGreaterThan(20);
      expect(controls.filter((control) => control.link === undefined).map((control) => control.what), 'controls that are not links').toEqual([]);
      expect(controls.filter((control) => control.brokenHere).map((control) => control.what), 'links to nothing on the page').toEqual([]);
      // The links to the archived articles answer with their pages.
      const elsewhere = [...new Set(controls.map((control) => control.link!).filter((path) => path !== STORY))];
      expect(elsewhere.length).toBeGreaterThan(0);
      const statuses = await reader.run(async (paths) => Promise.all(paths.map(async (path) => `${path} ${(await fetch(path)).status}`)), elsewhere);
      expect(statuses.filter((status) => !status.endsWith(' 200'))).toEqual([]);
    });

    test('axe finds nothing on the account, with no note open and with one open', { tag }, async ({ reader }) => {
      expect(await reader.axe(), 'no note open').toEqual([]);
      const claim = claimParts((await claimIdsOn(reader))[0]!);
      await reader.open(`${STORY}${claim.note}`);
      await expect.poll(() => isShown(reader, claim.note)).toBe(true);
      expect(await reader.axe(), 'a note open').toEqual([]);
    });
  });
}
