/**
 * The two engines the reading flows run in beside Chromium (tests/engines/),
 * both from Debian's packages, never downloaded:
 * - Firefox ESR (`firefox-esr`), driven by Playwright's `moz-firefox` channel
 *   over WebDriver BiDi, which needs Firefox 138 or later;
 * - WebKitGTK (`webkit2gtk-driver`): WebKitWebDriver and its MiniBrowser, driven
 *   by selenium-webdriver on a virtual display (`xvfb`); `xdotool` zooms its
 *   window, which cannot be made narrower than a phone's (tests/engines/webkit.ts).
 * Paths can be overridden: FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { aptInstall } from './debian';

export type EngineName = 'firefox' | 'webkit';

/** The oldest Firefox whose WebDriver BiDi Playwright's moz-firefox channel can drive. */
export const FIREFOX_MIN_MAJOR = 138;

const firstExisting = (override: string | undefined, candidates: string[]) =>
  override ? (existsSync(override) ? override : undefined) : candidates.find((candidate) => existsSync(candidate));

export const findFirefox = () => firstExisting(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** The major version `firefox --version` reports ("Mozilla Firefox 153.8.0esr"). */
export function firefoxMajor(executable: string): number | undefined {
  const run = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const match = /Firefox (\d+)\./.exec(run.stdout ?? '');
  return match ? Number(match[1]) : undefined;
}

/** MiniBrowser ships in Debian's libwebkit2gtk-4.1-0, under the architecture's library folder. */
function miniBrowserCandidates() {
  const lib = '/usr/lib';
  const arches = existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('-linux-gnu')) : [];
  return [...arches.map((arch) => path.join(lib, arch, 'webkit2gtk-4.1', 'MiniBrowser')), '/usr/libexec/webkit2gtk-4.1/MiniBrowser'];
}

export const findWebKitWebDriver = () => firstExisting(process.env.WEBKIT_WEBDRIVER_PATH, ['/usr/bin/WebKitWebDriver']);
export const findMiniBrowser = () => firstExisting(process.env.MINIBROWSER_PATH, miniBrowserCandidates());
export const findXvfb = () => firstExisting(undefined, ['/usr/bin/Xvfb']);
export const findXdotool = () => firstExisting(undefined, ['/usr/bin/xdotool']);

/** Why Firefox cannot run the flows; empty when it can. */
export function firefoxProblems(): string[] {
  const firefox = findFirefox();
  if (!firefox) return [`no Firefox found (${process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'}): install Debian's firefox-esr`];
  const major = firefoxMajor(firefox);
  if (major === undefined) return [`${firefox} --version did not say which Firefox it is`];
  if (major < FIREFOX_MIN_MAJOR) return [`${firefox} is Firefox ${major}; Playwright's moz-firefox channel needs ${FIREFOX_MIN_MAJOR} or later`];
  return [];
}

/** Why WebKitGTK cannot run the flows; empty when it can. */
export function webkitProblems(): string[] {
  const missing: [string, string | undefined, string][] = [
    ['WebKitWebDriver', findWebKitWebDriver(), 'webkit2gtk-driver'],
    ['MiniBrowser', findMiniBrowser(), 'webkit2gtk-driver (libwebkit2gtk-4.1-0)'],
    ['Xvfb, the virtual display it draws on', findXvfb(), 'xvfb'],
    ['xdotool, which zooms its window to phone widths', findXdotool(), 'xdotool'],
  ];
  return missing.filter(([, found]) => !found).map(([what, , debian]) => `no ${what}: install Debian's ${debian}`);
}

export const ENGINE_PROBLEMS: Record<EngineName, () => string[]> = { firefox: firefoxProblems, webkit: webkitProblems };
const PACKAGES: Record<EngineName, string[]> = { firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb', 'xdotool'] };
export const ENGINE_TITLES: Record<EngineName, string> = { firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

/**
 * Installs each engine's Debian packages when it cannot run (as root on Debian),
 * then says what is still wrong, per engine: an empty list means it can run.
 */
export function ensureEngines(): Record<EngineName, string[]> {
  const left = {} as Record<EngineName, string[]>;
  for (const engine of Object.keys(PACKAGES) as EngineName[]) {
    if (ENGINE_PROBLEMS[engine]().length > 0) aptInstall(PACKAGES[engine], `${ENGINE_TITLES[engine]} cannot run the reading flows`);
    left[engine] = ENGINE_PROBLEMS[engine]();
    for (const problem of left[engine]) console.error(`\n${ENGINE_TITLES[engine]} cannot start: ${problem}. Its tests will fail.`);
  }
  return left;
}
