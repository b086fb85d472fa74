import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright cannot download its own here); CHROMIUM_PATH overrides. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

export function chromiumLaunchOptions() {
  return {
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
