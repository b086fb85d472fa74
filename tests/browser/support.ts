import { expect, type BrowserContext, type Page } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
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

/**
 * A claim's marker as a browser with the Popover API shows it (Chromium): the
 * button that opens the note in place. Its wrapper (`.cite`) carries the claim's id.
 */
export const MARKER = 'button.cite-marker';

/**
 * Shows the page as a browser without the Popover API does: its stylesheet
 * leaves the marker's link form, and a note's popover element stays in the
 * notes list (app/globals.css, "@supports selector(:popover-open)").
 */
export async function asWithoutPopoverApi(page: Page) {
  // Through the CSSOM (a stylesheet added to the page would be refused by its own policy, style-src 'self').
  await page.evaluate(() => {
    for (const link of document.querySelectorAll<HTMLElement>('a.cite-marker')) link.style.setProperty('display', 'inline-block', 'important');
    for (const button of document.querySelectorAll<HTMLElement>('button.cite-marker')) button.style.setProperty('display', 'none', 'important');
  });
}
