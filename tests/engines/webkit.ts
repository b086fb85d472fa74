/**
 * WebKitGTK, the engine of Safari's family that Debian ships: WebKitWebDriver
 * starts a MiniBrowser per session, on a virtual display (Xvfb) of this
 * worker's own, and selenium-webdriver drives it. Playwright's own WebKit
 * cannot be used here: it is a download.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { Builder, Key, type WebDriver } from 'selenium-webdriver';
import { findMiniBrowser, findWebKitWebDriver, findXvfb, webkitProblems } from '../support/engines';
import { webdriverAxeViolations } from './axe';
import { COOKIE_PATH } from './csp-reports';
import type { Cookie, Key as ReaderKey, Reader } from './reader';

/** Displays from here up are this suite's (:99–:120 belong to the screen-reader tests). */
const FIRST_DISPLAY = 200;
/** MiniBrowser's zoom step (ctrl+plus), by which a window too wide for a phone is made narrow in CSS pixels. */
const ZOOM_STEP = 1.2;

export interface WebKitOptions {
  script: boolean;
  popoverApi: boolean;
}

/** Starts a process and resolves once `ready` does; rejects with its output if it exits first. */
function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: (child: ChildProcess) => Promise<void>) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`${path.basename(command)} exited (${code}): ${output.trim().slice(-400)}`))),
  );
  return Promise.race([ready(child).then(() => child), exited]);
}

/** Xvfb on the first free display from FIRST_DISPLAY + offset up; -displayfd says when it is ready. */
async function startDisplay(offset: number): Promise<{ display: string; xvfb: ChildProcess }> {
  const failures: string[] = [];
  for (let n = FIRST_DISPLAY + offset; n < FIRST_DISPLAY + offset + 20; n++) {
    if (existsSync(`/tmp/.X${n}-lock`)) continue;
    try {
      const xvfb = await startProcess(findXvfb()!, [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-displayfd', '3'], process.env, (child) =>
        new Promise((resolve) => child.stdio[3]!.once('data', () => resolve())),
      );
      return { display: `:${n}`, xvfb };
    } catch (error) {
      failures.push(`:${n}: ${(error as Error).message}`);
    }
  }
  throw new Error(`WebKitGTK cannot start: no virtual display could be started (${failures.join('; ') || 'every display taken'})`);
}

/** WebKitWebDriver on `port`, ready once its status says so. */
function startDriver(port: number, env: NodeJS.ProcessEnv) {
  return startProcess(findWebKitWebDriver()!, [`--port=${port}`], env, async () => {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.json()).catch(() => undefined))?.value?.ready, {
        message: 'WebKitWebDriver answers',
        timeout: 20_000,
      })
      .toBe(true);
  });
}

/** What one worker keeps running for WebKit: a display, a driver, and a home folder that downloads land in. */
export class WebKitHost {
  private constructor(
    private readonly xvfb: ChildProcess,
    private readonly driver: ChildProcess,
    readonly display: string,
    readonly driverURL: string,
    readonly home: string,
  ) {}

  static async start(offset: number, port: number): Promise<WebKitHost> {
    const problems = webkitProblems();
    if (problems.length > 0) throw new Error(`WebKitGTK cannot start: ${problems.join('; ')}`);
    const { display, xvfb } = await startDisplay(offset);
    const home = mkdtempSync(path.join(tmpdir(), 'reader-webkit-'));
    try {
      const driver = await startDriver(port, { ...process.env, DISPLAY: display, HOME: home });
      return new WebKitHost(xvfb, driver, display, `http://127.0.0.1:${port}`, home);
    } catch (error) {
      xvfb.kill();
      throw new Error(`WebKitGTK cannot start: ${(error as Error).message}`);
    }
  }

  /** A fresh MiniBrowser (its own cookies), with page scripts and the Popover API as asked. */
  async open(baseURL: string, options: WebKitOptions): Promise<WebKitReader> {
    const args = ['--automation'];
    // Scripts in the page's markup stop; WebDriver's own (and so axe) still run.
    if (!options.script) args.push('--enable-javascript-markup=false');
    // The engine's own switch: no popover attribute, no showPopover(), no :popover-open in stylesheets.
    if (!options.popoverApi) args.push('--features=-PopoverAttribute');
    const driver = await new Builder()
      .usingServer(this.driverURL)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: findMiniBrowser(), args } })
      .build();
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 30_000 });
    return new WebKitReader(driver, this, baseURL, options.script);
  }

  stop() {
    this.driver.kill();
    this.xvfb.kill();
    rmSync(this.home, { recursive: true, force: true });
  }
}

const KEYS: Record<ReaderKey, string[]> = {
  Tab: [Key.TAB],
  'Shift+Tab': [Key.SHIFT, Key.TAB],
  Enter: [Key.ENTER],
  Space: [Key.SPACE],
  Escape: [Key.ESCAPE],
  ArrowDown: [Key.ARROW_DOWN],
};

/** Files a download is still being written to. */
const PARTIAL = /\.(wkdownload|download|part)$/;

export class WebKitReader implements Reader {
  readonly engine = 'webkit' as const;
  constructor(
    private readonly driver: WebDriver,
    private readonly host: WebKitHost,
    private readonly baseURL: string,
    readonly script: boolean,
  ) {}

  async open(pathname: string) {
    await this.driver.get(new URL(pathname, this.baseURL).href);
  }

  async url() {
    return new URL(await this.driver.getCurrentUrl());
  }

  run<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R> {
    return this.driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg) as Promise<R>;
  }

  async press(key: ReaderKey) {
    const keys = KEYS[key];
    let actions = this.driver.actions();
    for (const k of keys) actions = actions.keyDown(k);
    for (const k of [...keys].reverse()) actions = actions.keyUp(k);
    await actions.perform();
  }

  async click(selector: string) {
    const element = await this.driver.findElement({ css: selector });
    await this.run((s) => document.querySelector(s)!.scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
    await this.driver.actions().move({ origin: element }).click().perform();
  }

  async cookies(): Promise<Cookie[]> {
    return (await this.driver.manage().getCookies()).map((c) => ({
      name: c.name,
      value: c.value,
      path: c.path,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      expires: typeof c.expiry === 'number' ? c.expiry : c.expiry instanceof Date ? c.expiry.getTime() / 1000 : undefined,
    }));
  }

  /** Cookies are set and cleared by the proxy's Set-Cookie, as the server sets them (csp-reports.ts says why); a fresh MiniBrowser has none. */
  async clearCookies() {
    if ((await this.url()).origin === new URL(this.baseURL).origin) await this.open(`${COOKIE_PATH}?clear`);
  }

  async addCookie(name: string, value: string) {
    await this.open(`${COOKIE_PATH}?${new URLSearchParams({ name, value })}`);
  }

  /**
   * A MiniBrowser window is never narrower than its toolbar (about 447 px), so a
   * phone's width is reached as a reader reaches it on a wider screen: zooming in
   * (ctrl+plus, 120% a step) until the page is that many CSS pixels wide.
   */
  async setWidth(width: number) {
    // A fresh MiniBrowser is at 100%; one zoomed by an earlier call is reset first.
    const { outer, inner } = await this.widths();
    if (Math.abs(outer - inner) > 1) await this.zoom(0);
    await this.driver.manage().window().setRect({ width, height: 800 });
    const narrowest = await this.run(() => window.innerWidth);
    const steps = narrowest > width ? Math.ceil(Math.log(narrowest / width) / Math.log(ZOOM_STEP)) : 0;
    if (steps > 0) await this.zoom(steps);
    // The window's width in device pixels, nudged a pixel at a time where the zoomed width rounds the other way.
    let windowWidth = Math.round(width * ZOOM_STEP ** steps);
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.driver.manage().window().setRect({ width: windowWidth, height: 800 });
      const shown = await this.run(() => window.innerWidth);
      if (shown === width) return;
      windowWidth += Math.sign(width - shown);
    }
    throw new Error(`WebKit could not show the page ${width} CSS px wide (zoom ${steps} steps): it shows ${await this.run(() => window.innerWidth)}`);
  }

  /** Sets MiniBrowser's zoom by its own shortcuts (WebDriver's keys go to the page, not the browser), on this worker's display. */
  private async zoom(steps: number) {
    const env = { ...process.env, DISPLAY: this.host.display };
    const windows = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser'], { env, encoding: 'utf8', timeout: 10_000 }).stdout.trim().split('\n').filter(Boolean);
    if (windows.length !== 1) throw new Error(`expected one MiniBrowser window on ${this.host.display}, found ${windows.length}`);
    const keys = ['ctrl+0', ...Array<string>(steps).fill('ctrl+plus')];
    const zoomed = spawnSync('xdotool', ['windowfocus', '--sync', windows[0]!, 'key', '--delay', '50', ...keys], { env, encoding: 'utf8', timeout: 10_000 });
    if (zoomed.status !== 0) throw new Error(`xdotool could not zoom MiniBrowser: ${zoomed.stderr}`);
    // The browser applies the zoom when it handles the keys: wait until the page's width shows it.
    const zoom = ZOOM_STEP ** steps;
    const state = async () => {
      const widths = await this.widths();
      return Math.abs(widths.inner - widths.outer / zoom) <= 1 ? 'zoomed' : `window ${widths.outer} px, page ${widths.inner} CSS px`;
    };
    await expect.poll(state, { message: `MiniBrowser zoomed to ${Math.round(zoom * 100)}%`, timeout: 15_000 }).toBe('zoomed');
  }

  /** The window's width and the page's, in CSS pixels. */
  private async widths() {
    const [outer, inner] = await this.run(() => [window.outerWidth, window.innerWidth]);
    return { outer: outer!, inner: inner! };
  }

  axe() {
    return webdriverAxeViolations(this.driver);
  }

  /** WebKit saves a download into the home folder (no XDG download folder is set up): wait for the file to be whole. */
  async download(selector: string) {
    const saved = () => readdirSync(this.host.home).filter((name) => !name.startsWith('.'));
    const before = new Set(saved());
    await this.click(selector);
    let file = '';
    await expect
      .poll(() => {
        const fresh = saved().filter((name) => !before.has(name));
        file = fresh.length === 1 && !PARTIAL.test(fresh[0]!) ? fresh[0]! : '';
        return file !== '';
      }, { message: 'WebKit saved the download' })
      .toBe(true);
    const bytes = readFileSync(path.join(this.host.home, file));
    rmSync(path.join(this.host.home, file));
    return bytes;
  }

  close() {
    return this.driver.quit();
  }
}
