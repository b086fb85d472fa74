import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, for the browser tests, the test runner and the bench
 * (Playwright cannot download its own browser on this network).
 * CHROMIUM_PATH, or CHROME_PATH as Lighthouse names it, overrides the search.
 */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The flags from shared/STACK.md: without the background-networking ones
 * Chromium floods this closed network with refused connections.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (override) return existsSync(override) ? override : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), args: CHROMIUM_FLAGS };
}
