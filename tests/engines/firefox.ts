/**
 * Firefox ESR, Debian's, driven by Playwright's `moz-firefox` channel over
 * WebDriver BiDi (Playwright's own Firefox build is a download). Launched
 * through tests/engines/firefox-bidi.mjs, which says why.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { firefox, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { findFirefox, firefoxProblems } from '../support/engines';
import { axeViolations } from '../browser/axe';
import type { Cookie, Key, Reader } from './reader';

const SHIM = path.join(import.meta.dirname, 'firefox-bidi.mjs');

export interface FirefoxOptions {
  script: boolean;
  popoverApi: boolean;
}

/** One browser per worker for each script setting (a preference, so per browser), launched when first needed. */
export class FirefoxHost {
  private readonly browsers = new Map<boolean, Promise<Browser>>();

  private launch(script: boolean) {
    const problems = firefoxProblems();
    if (problems.length > 0) throw new Error(`Firefox ESR cannot start: ${problems.join('; ')}`);
    return firefox
      .launch({
        channel: 'moz-firefox',
        executablePath: SHIM,
        env: { ...process.env, FIREFOX_PATH: findFirefox() },
        firefoxUserPrefs: {
          // Pinned, so the light scheme the BiDi wrapper reports is the one pages get (firefox-bidi.mjs).
          'layout.css.prefers-color-scheme.content-override': 1,
          // The engine's own switch: no page script runs at all (WebDriver's still do).
          ...(script ? {} : { 'javascript.enabled': false }),
        },
      })
      .catch((error: Error) => {
        throw new Error(`Firefox ESR cannot start: ${error.message}`);
      });
  }

  async open(baseURL: string, options: FirefoxOptions): Promise<FirefoxReader> {
    // Firefox has no switch for it: dom.element.popover.enabled=false leaves the Popover API on in ESR 153.
    if (!options.popoverApi) throw new Error('Firefox ESR cannot run without the Popover API: only WebKit has that switch');
    if (!this.browsers.has(options.script)) this.browsers.set(options.script, this.launch(options.script));
    const context = await (await this.browsers.get(options.script)!).newContext({ baseURL, acceptDownloads: true });
    return new FirefoxReader(context, await context.newPage(), baseURL, options.script);
  }

  async stop() {
    await Promise.all([...this.browsers.values()].map(async (browser) => (await browser.catch(() => undefined))?.close()));
  }
}

export class FirefoxReader implements Reader {
  readonly engine = 'firefox' as const;
  constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly baseURL: string,
    readonly script: boolean,
  ) {}

  async open(pathname: string) {
    await this.page.goto(pathname);
  }

  async url() {
    return new URL(this.page.url());
  }

  run<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg);
  }

  press(key: Key) {
    return this.page.keyboard.press(key);
  }

  async click(selector: string) {
    const box = await this.run((s) => {
      const element = document.querySelector(s)!;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }, selector);
    await this.page.mouse.click(box.x, box.y);
  }

  async cookies(): Promise<Cookie[]> {
    return (await this.context.cookies()).map((c) => ({ ...c, expires: c.expires > 0 ? c.expires : undefined }));
  }

  clearCookies() {
    return this.context.clearCookies();
  }

  addCookie(name: string, value: string) {
    return this.context.addCookies([{ name, value, url: this.baseURL, httpOnly: true, sameSite: 'Lax' }]);
  }

  setWidth(width: number) {
    return this.page.setViewportSize({ width, height: 800 });
  }

  axe() {
    return axeViolations(this.page);
  }

  async download(selector: string) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.click(selector)]);
    return readFile(await download.path());
  }

  close() {
    return this.context.close();
  }
}
