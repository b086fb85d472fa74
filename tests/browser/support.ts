import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { NOTES } from '../../lib/client/hooks';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { DEFAULT_SETTINGS, serializeSettings, SETTINGS_COOKIE, type ReaderSettings } from '../../lib/settings/settings';
import { claimId, markerId, noteId } from '../../lib/view/anchors';
import { AXE_TAGS, axeViolations } from './axe';

export { AXE_TAGS };

/** Runs axe on the page as it is and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page, context: string) {
  expect(await axeViolations(page), `axe violations on ${context}`).toEqual([]);
}

/**
 * Every HTML page reachable by following links from the home page, so a new
 * story or source is tested without editing the tests.
 */
export async function crawlRoutes(page: Page, start = '/', limit = 60): Promise<string[]> {
  const seen = new Set<string>([start]);
  const queue = [start];
  const routes: string[] = [];
  while (queue.length > 0 && routes.length < limit) {
    const route = queue.shift()!;
    const response = await page.goto(route);
    if (!response || !response.ok() || !(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    routes.push(route);
    const here = new URL(page.url());
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== here.origin || url.pathname.endsWith('.json') || url.pathname.endsWith('.epub')) continue;
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  return routes;
}

/** Presses Tab until the element matching `selector` has focus; fails if it never does. */
export async function tabTo(page: Page, selector: string, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${maxPresses} presses`);
}

/** True when the element is within the viewport (the reader can see where they landed). */
export async function isInViewport(page: Page, selector: string) {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

/** Lets a test start past a story's content note, as a reader who already chose to continue. */
export async function passContentNote(context: BrowserContext, baseURL: string, slug: string) {
  await context.addCookies([
    { name: CONTENT_NOTE_COOKIE, value: slug, url: baseURL, httpOnly: true, sameSite: 'Lax' },
  ]);
}

/** Lets a test read with the reader's own settings (the cookie /settings saves), e.g. the largest text. */
export async function setReaderSettings(context: BrowserContext, baseURL: string, settings: Partial<ReaderSettings>) {
  const value = serializeSettings({ ...DEFAULT_SETTINGS, ...settings });
  if (value) await context.addCookies([{ name: SETTINGS_COOKIE, value: encodeURIComponent(value), url: baseURL, httpOnly: true, sameSite: 'Lax' }]);
}

/**
 * A claim as the story and its summary show it (components/StoryBody.tsx,
 * ClaimMarker.tsx, ClaimNote.tsx), spelled in this one place for every
 * engine's tests: the claim's words, then its one marker, a link to its note,
 * then the note, which is shown while it is the page's :target.
 */
export const CLAIM = {
  /** A claim's words (not focusable): where its note's Close, and links to it from an archived article, land. */
  words: 'span.claim',
  /** Its one marker, right after the words: a link (role doc-noteref) named by how many articles report the claim. */
  marker: 'a.cite-marker',
  /** Its note, right after the marker, in the same paragraph. */
  note: `.${NOTES.noteClass}`,
  /** The note that is open: the page's target. */
  openNote: `.${NOTES.noteClass}:target`,
  /** Inside a note: its first line (the claim's first words and how many articles report it), … */
  noteClaim: '.note-claim',
  /** … its Close link, back to the claim's words, … */
  close: `a.${NOTES.closeClass}`,
  /** … and one part per cited article: its link to the passage in the archived copy, then its words. */
  source: '.note-source',
  sourceLink: '.note-source cite a',
  quote: '.note-source q',
} as const;

/** A marker's name: how many articles report its claim, a count ("1 article", "3 articles"), never "3 of 5". */
export const MARKER_NAME = /^(\d+) articles?$/;

/** The words, marker and note of one claim, by the claim's id. */
export const claimParts = (id: string) => ({ words: `#${claimId({ id })}`, marker: `#${markerId({ id })}`, note: `#${noteId({ id })}` });

/** The ids of the claims on the page, in reading order. */
export const claimIdsOn = (page: Page) => page.locator(`.story-body ${CLAIM.words}`).evaluateAll((claims) => claims.map((claim) => claim.id));

/**
 * Waits until the page has stopped scrolling (a smooth scroll to a target
 * moves it every frame until it ends): polls the scroll position until it is
 * the same three times in a row. Polled from here, so it works with the
 * page's own script off too.
 */
export async function scrollSettled(page: Page) {
  await scrollPositionSettled(() => page.evaluate(() => `${scrollX},${scrollY}`));
}

/** scrollSettled's wait, given how to read the page's scroll position (tests/engines/ reads it over WebDriver too). */
export async function scrollPositionSettled(position: () => Promise<string>) {
  let last = '';
  let unchanged = 0;
  await expect
    .poll(
      async () => {
        const now = await position();
        unchanged = now === last ? unchanged + 1 : 0;
        last = now;
        return unchanged;
      },
      { message: 'the page stops scrolling', intervals: [50] },
    )
    .toBeGreaterThanOrEqual(2);
}

/**
 * Follows a claim's marker, by pointer or by keyboard (Enter on the focused
 * link), and waits for its note to be open (the page's target, shown) and the
 * page to stop scrolling. Returns the note. (The note is not focusable:
 * Chromium then leaves nothing focused and moves the sequential focus
 * starting point to the note, so the next Tab goes into it and Shift+Tab
 * back to the marker.)
 */
export async function openNote(page: Page, marker: Locator, how: 'click' | 'Enter' = 'click') {
  const href = await marker.getAttribute('href');
  expect(href, 'a marker links to its note').toMatch(/^#claim-[\w-]+-note$/);
  if (how === 'click') await marker.click();
  else {
    await marker.focus();
    await page.keyboard.press('Enter');
  }
  const note = page.locator(`${href}:target`);
  await expect(note).toBeVisible();
  await scrollSettled(page);
  return note;
}

/**
 * Whether a note's first line begins with its claim's first words, in
 * quotation marks (“Teigen and Legend already had two children” 2 of 5
 * articles report this.): at least five of them, or the whole claim when it
 * is shorter, word for word. Returns what is wrong, or null.
 */
export function claimOpeningProblem(noteClaim: string, claimText: string): string | null {
  const quoted = /^“(.+?)…?”/.exec(noteClaim.trim())?.[1];
  if (!quoted) return `"${noteClaim}" does not begin with the claim's words in quotation marks`;
  const claim = claimText.trim().split(/\s+/);
  const words = quoted.split(/\s+/);
  const strip = (word: string) => word.replace(/[.,;:!?]+$/, '');
  const same = words.every((word, i) => word === claim[i] || (i === words.length - 1 && strip(word) === strip(claim[i] ?? '')));
  if (!same) return `"${noteClaim}" does not begin with the claim's first words ("${claim.slice(0, words.length).join(' ')}")`;
  if (words.length < Math.min(5, claim.length)) return `"${noteClaim}" gives only ${words.length} of the claim's words`;
  return null;
}
