/**
 * Deliverable 3, keyboard: on every crawled page, the skip link is the first
 * thing Tab reaches and it moves focus to the main content; every control is
 * reachable in document order; focus is always visible and never covered; there
 * is no trap. A claim's note opens from its marker by Enter or a click; Escape
 * (with script) and its Close return the reader to the claim's words, and the
 * next Tab to its marker; the claim → note → passage → back round trip lands
 * on the same claim, for every page with citations.
 */
import type { Page } from '@playwright/test';
import { enterState, expect, expectNoProblems, test, visit, type State } from './a11y-fixtures';
import { CLAIM, claimParts, openNote, scrollSettled } from './support';

/** What can take focus by Tab, as the browser decides it (tabindex ≥ 0, not disabled, rendered). */
const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * A stop is named by its place among the body's elements: Next loads script
 * chunks into the head as the reader goes on, which would shift a count from
 * the top of the document between the list of expected stops and the walk.
 */
type Stop = { key: string; problems: string[]; isFirst: boolean };

/**
 * Installs, in the page, `__a11yInspect()` (what has focus, and whether a sighted
 * keyboard user can see it) and a log that records it on every Tab keydown, i.e.
 * once the previous Tab's focus move and scroll have settled. A walk then only
 * presses keys, and reads the log once: fast enough for pages of a thousand links.
 */
async function installFocusProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __a11yInspect?: () => unknown; __a11yLog: unknown[] };
    w.__a11yLog = [];
    if (w.__a11yInspect) return;
    w.__a11yInspect = () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return null;
      const all = [...document.body.querySelectorAll<HTMLElement>('*')];
      const key = `${el.tagName.toLowerCase()}#${all.indexOf(el)} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`;
      const problems: string[] = [];
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
      if (!ring) problems.push(`no visible focus indicator (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor})`);
      const box = el.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) problems.push('has no size');
      else if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) problems.push('is off screen');
      else {
        // Never hidden behind anything (a sticky header, an open note): a point of its first line is itself.
        const first = el.getClientRects()[0] ?? box;
        const x = Math.min(Math.max(first.left + Math.min(first.width, 40) / 2, 1), innerWidth - 1);
        const y = Math.min(Math.max(first.top + Math.min(first.height, 20) / 2, 1), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
        if (hit && !el.contains(hit) && !hit.contains(el) && hit !== label) problems.push(`is covered by <${hit.tagName.toLowerCase()} class="${hit.className}">`);
      }
      return { key, problems, isFirst: el.matches('.skip-link') };
    };
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') w.__a11yLog.push(w.__a11yInspect!());
    }, true);
  });
}

/** Focus state now. */
async function inspectFocus(page: Page): Promise<Stop | null> {
  await installFocusProbe(page);
  return page.evaluate(() => (window as unknown as { __a11yInspect: () => Stop | null }).__a11yInspect());
}

/** Presses Tab `presses` times; returns the focus state after each press. */
async function tabWalk(page: Page, presses: number): Promise<(Stop | null)[]> {
  await installFocusProbe(page);
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  const log = await page.evaluate(() => (window as unknown as { __a11yLog: (Stop | null)[] }).__a11yLog);
  // The log holds the state before each press: drop the first (before any), add the last.
  return [...log.slice(1), await inspectFocus(page)];
}

/** Every element Tab should reach (one per radio group: arrows move within it). */
async function expectedStops(page: Page) {
  return page.evaluate((selector) => {
    const all = [...document.body.querySelectorAll<HTMLElement>('*')];
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => {
        if ((el as HTMLButtonElement).disabled || el.closest('[inert], [hidden]')) return false;
        // (A claim's note is not rendered until it is opened: the links inside a closed one are not stops.)
        if (el.getClientRects().length === 0 && !el.matches('.skip-link')) return false;
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          // Tab enters a radio group at its checked radio (or its first, when none is).
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)];
          if (el !== (group.find((radio) => radio.checked) ?? group[0])) return false;
        }
        return true;
      })
      .map((el) => `${el.tagName.toLowerCase()}#${all.indexOf(el)}`);
  }, TABBABLE);
}

/**
 * Puts the browser's sequential focus starting point at the very top of the
 * document, as on a fresh load. (A page may move focus on load: the content note
 * starts at its heading. The skip link must still be the first focusable element.)
 */
async function focusFromTop(page: Page) {
  await page.evaluate(() => {
    const start = document.createElement('div');
    start.tabIndex = -1;
    start.dataset.testStart = '';
    document.body.prepend(start);
    start.focus();
  });
}

/** Removes the starting point focusFromTop added, once focus has left it. */
async function removeStart(page: Page) {
  await page.evaluate(() => document.querySelector('[data-test-start]')?.remove());
}

for (const state of [
  { viewport: 'phone', colorScheme: 'light', js: true },
  { viewport: 'desktop', colorScheme: 'dark', js: false },
] satisfies State[]) {
  test.describe(`keyboard, ${state.viewport}, JavaScript ${state.js ? 'on' : 'off'}`, () => {
    // Where focus lands is the same either way; without smooth scrolling it is there at once, not a moment later.
    test.use({ reducedMotion: 'reduce' });

    test('on every page the skip link comes first, is visible when focused and moves focus to the main content', async ({ page, site, baseURL }) => {
      test.setTimeout(90_000);
      await enterState(page, state);
      const problems: string[] = [];
      for (const entry of site.pages) {
        await visit(page, baseURL!, site, entry, state);
        await focusFromTop(page);
        await page.keyboard.press('Tab');
        await removeStart(page);
        const stop = await inspectFocus(page);
        if (!stop?.isFirst) {
          problems.push(`${entry.label}: the first Tab reached ${stop?.key ?? 'nothing'}, not the skip link`);
          continue;
        }
        problems.push(...stop.problems.map((p) => `${entry.label}: the skip link ${p}`));
        await page.keyboard.press('Enter');
        const landed = await page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName }));
        if (landed.id !== 'main' || landed.tag !== 'MAIN') problems.push(`${entry.label}: the skip link moved focus to ${landed.tag}#${landed.id}, not <main id="main">`);
        // The next Tab continues inside the main content.
        await page.keyboard.press('Tab');
        if (!(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)))) {
          problems.push(`${entry.label}: Tab after the skip link left the main content`);
        }
      }
      expectNoProblems(problems, 'skip link problems');
    });

    // One full walk is enough (a story has hundreds of stops): on the phone with scripts, where the
    // screen is smallest and the notes' script is live.
    if (state.viewport === 'phone') {
      test('on every page Tab reaches every control in document order, visibly and uncovered, with no trap', async ({ page, site, baseURL }) => {
        test.setTimeout(240_000);
        await enterState(page, state);
        const problems: string[] = [];
        for (const entry of site.pages) {
          await visit(page, baseURL!, site, entry, state);
          const positive = await page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count();
          if (positive > 0) problems.push(`${entry.label}: ${positive} elements with a positive tabindex reorder the page`);
          await focusFromTop(page);
          const expected = await expectedStops(page);
          const reached: string[] = [];
          // (The start element is never a stop: it has tabindex -1 and sits before everything.)
          let wrapped = false;
          for (const stop of await tabWalk(page, expected.length + 3)) {
            if (stop === null || (reached.length > 0 && stop.key === reached[0])) {
              wrapped = true;
              break;
            }
            reached.push(stop.key);
            problems.push(...stop.problems.map((p) => `${entry.label}: focus on ${stop.key} ${p}`));
          }
          if (!wrapped) problems.push(`${entry.label}: Tab never left the page after ${reached.length} presses (a trap?)`);
          const reachedIds = reached.map((key) => key.split(' ')[0]!);
          const missing = expected.filter((id) => !reachedIds.includes(id));
          if (missing.length > 0) problems.push(`${entry.label}: Tab never reached ${missing.length} elements: ${missing.slice(0, 10).join(', ')}…`);
          const order = reachedIds.map((id) => Number(id.split('#')[1]));
          if (order.some((index, i) => i > 0 && index < order[i - 1]!)) problems.push(`${entry.label}: focus order is not document order`);
        }
        expectNoProblems(problems, 'keyboard problems');
      });
    }
  });
}

test.describe('a claim’s note in place, by keyboard and by pointer', () => {
  for (const viewport of ['phone', 'desktop'] as const) {
    for (const js of [true, false]) {
      test(`${viewport}, JavaScript ${js ? 'on' : 'off'}: Enter or a click opens it, ${js ? 'Escape or ' : ''}Close returns to the claim’s words and the next Tab reaches its marker; Tab past it is never covered`, async ({ page, site, baseURL }) => {
        test.setTimeout(90_000);
        await enterState(page, { viewport, colorScheme: 'light', js });
        let checked = 0;
        for (const entry of site.pages.filter((p) => p.continued || p.kind === 'summary')) {
          await visit(page, baseURL!, site, entry, { viewport, colorScheme: 'light', js });
          const markers = page.locator(`.story-body ${CLAIM.marker}`);
          if ((await markers.count()) === 0) continue;
          checked++;
          const marker = markers.nth(Math.floor((await markers.count()) / 2));
          const claim = claimParts((await marker.getAttribute('id'))!.replace(/-marker$/, ''));
          const backAtTheClaim = async (how: string) => {
            await expect(page, `${entry.label}: ${how}`).toHaveURL(new RegExp(`${claim.words}$`));
            await expect(page.locator(claim.note), `${entry.label}: ${how}`).toBeHidden();
            await expect(page.locator(`${claim.words}:target`), `${entry.label}: ${how}`).toBeAttached();
            await page.keyboard.press('Tab');
            await expect(marker, `${entry.label}: the Tab after ${how}`).toBeFocused();
          };

          // Enter on the focused marker opens it; the next Tab goes into it (its Close first), Shift+Tab back to the marker.
          let note = await openNote(page, marker, 'Enter');
          await page.keyboard.press('Tab');
          await expect(note.locator(CLAIM.close), entry.label).toBeFocused();
          await page.keyboard.press('Shift+Tab');
          await expect(marker, entry.label).toBeFocused();
          if (js) {
            // Escape closes it, with focus on its marker, …
            await page.keyboard.press('Escape');
            await backAtTheClaim('Escape on the marker');
            // … and right after it opened, when nothing has focus (following a link to an element that takes none leaves none).
            await openNote(page, marker, 'Enter');
            await page.keyboard.press('Escape');
            await backAtTheClaim('Escape right after opening');
            note = await openNote(page, marker, 'Enter');
          }
          // Close, by keyboard.
          await note.locator(CLAIM.close).focus();
          await page.keyboard.press('Enter');
          await backAtTheClaim('Close by keyboard');

          // By pointer: a click on the marker opens it, a click on Close shuts it.
          note = await openNote(page, marker);
          await note.locator(CLAIM.close).click();
          await backAtTheClaim('Close by pointer');

          // Tab past the open note, on to the page: the note is in the flow and covers nothing that takes focus.
          note = await openNote(page, marker, 'Enter');
          const links = await note.locator('a').count();
          expect(links, entry.label).toBeGreaterThan(1);
          for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
          expect(await note.evaluate((element) => !element.contains(document.activeElement) && document.activeElement !== document.body), `${entry.label}: focus left the note`).toBe(true);
          await scrollSettled(page);
          const stop = await inspectFocus(page);
          expect(stop ? stop.problems.map((p) => `${stop.key} ${p}`) : ['nothing focused'], entry.label).toEqual([]);
        }
        expect(checked, 'pages with citations').toBeGreaterThan(0);
      });
    }
  }
});

test('for every story, with JavaScript off, claim → note → passage → back lands on the same claim’s words, and the next Tab on its marker (first and last)', async ({ page, site, baseURL }) => {
  test.setTimeout(120_000);
  await enterState(page, { viewport: 'phone', colorScheme: 'light', js: false });
  let checked = 0;
  // A source paragraph links back to the story's claims (the summary's notes lead to the same sources).
  for (const entry of site.pages.filter((p) => p.kind === 'story')) {
    await visit(page, baseURL!, site, entry);
    const markers = page.locator(`.story-body ${CLAIM.marker}`);
    const count = await markers.count();
    if (count === 0) continue;
    for (const index of new Set([0, count - 1])) {
      await visit(page, baseURL!, site, entry);
      checked++;
      const marker = markers.nth(index);
      const claim = claimParts((await marker.getAttribute('id'))!.replace(/-marker$/, ''));
      await openNote(page, marker, 'Enter');
      await expect(page, entry.label).toHaveURL(new RegExp(`${claim.note}$`));
      const sourceLink = page.locator(`${claim.note} ${CLAIM.sourceLink}`).first();
      await sourceLink.focus();
      await page.keyboard.press('Enter');
      await expect(page, entry.label).toHaveURL(/\/sources\/[^/#]+#p-\d+-\d+$/);
      const passage = new URL(page.url()).hash;
      // The way back follows the paragraph, never inside its words.
      const paragraph = `#${await page.locator(passage).evaluate((mark) => mark.closest('p')!.id)}`;
      const back = page.locator(`${paragraph} + .paragraph-claims a[href$="${claim.words}"]`);
      await expect(back, `${entry.label}: the source paragraph links back to ${claim.words}`).toHaveCount(1);
      await back.focus();
      await page.keyboard.press('Enter');
      await expect(page, entry.label).toHaveURL(new RegExp(`${entry.path}${claim.words}$`));
      await expect
        .poll(async () => {
          const box = await page.locator(claim.words).boundingBox();
          return box !== null && box.y >= 0 && box.y < page.viewportSize()!.height;
        }, `${entry.label}: the words of ${claim.words} are on screen`)
        .toBe(true);
      await page.keyboard.press('Tab');
      await expect(marker, `${entry.label}: the Tab after coming back`).toBeFocused();
    }
  }
  expect(checked).toBeGreaterThan(0);
});
