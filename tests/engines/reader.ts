/**
 * A reader's browser, whichever engine it is: the few things the flows do
 * (open a page, press a key, click, read the page, its cookies), so each flow
 * is written once and run in Firefox (Playwright over WebDriver BiDi) and in
 * WebKitGTK (WebDriver). Everything goes through script evaluation, the
 * keyboard and the pointer: with page scripts off, Playwright's own element
 * actions wait for animation frames that never come in Firefox.
 */
import { expect } from '@playwright/test';
import type { EngineName } from '../support/engines';

export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'Escape' | 'ArrowDown';

export interface Cookie {
  name: string;
  value: string;
  path?: string;
  httpOnly?: boolean;
  sameSite?: string;
  /** Seconds since the epoch; absent for a session cookie. */
  expires?: number;
}

export interface Reader {
  readonly engine: EngineName;
  /** Whether the page's own scripts run (the engine's switch, not blocked requests). */
  readonly script: boolean;
  /** Goes to a path of the site and resolves once the page has loaded. */
  open(path: string): Promise<void>;
  url(): Promise<URL>;
  /** Runs `fn` in the page (as the test's code, whatever the page's own scripts may do) and returns its result. */
  run<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R>;
  press(key: Key): Promise<void>;
  /** A pointer click in the middle of the element, scrolled into view first. */
  click(selector: string): Promise<void>;
  cookies(): Promise<Cookie[]>;
  clearCookies(): Promise<void>;
  /** Sets a cookie for the site, as its server would (HttpOnly, SameSite=Lax). */
  addCookie(name: string, value: string): Promise<void>;
  /** Makes the page this many CSS pixels wide (the window, or zoom where a window cannot be that narrow). */
  setWidth(width: number): Promise<void>;
  /** axe's violations on the page as it is, one line each (tests/browser/axe.ts's rules and format). */
  axe(): Promise<string[]>;
  /** Clicks the link and returns the bytes of the file the engine saved from it. */
  download(selector: string): Promise<Buffer>;
}

/** Waits until the reader is on a page whose address matches and which has finished loading. */
export async function arrivedAt(reader: Reader, address: RegExp) {
  await expect
    .poll(async () => {
      const url = await reader.url();
      return address.test(`${url.pathname}${url.hash}`) && (await reader.run(() => document.readyState)) === 'complete';
    }, { message: `arrived at ${address}` })
    .toBe(true);
}

/** Presses Tab until the element matching `selector` has focus; fails if it never does. */
export async function tabTo(reader: Reader, selector: string, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await reader.press('Tab');
    if (await reader.run((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${maxPresses} presses (${reader.engine})`);
}

export const hasFocus = (reader: Reader, selector: string) => reader.run((s) => document.activeElement?.matches(s) ?? false, selector);

/** True when some of the element is within the viewport (the reader can see where they landed). */
export const isInViewport = (reader: Reader, selector: string) =>
  reader.run((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
  }, selector);
