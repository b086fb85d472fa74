/**
 * npm run test:engines: the reading flows in Firefox ESR and WebKitGTK alone
 * (tests/engines/, playwright.engines.config.ts), the part npm test runs after
 * the Chromium suite. Installs the engines' Debian packages when missing (as
 * root on Debian) and builds the site when there is no build yet; arguments go
 * to Playwright (`npm run test:engines -- --project=webkit`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PRELOAD } from './serve.mjs';
import { ensureEngines } from '../tests/support/engines';

const bin = (name: string) => path.join('node_modules', '.bin', name);

ensureEngines();
if (!existsSync(PRELOAD)) {
  console.log('No build yet: building the site first (npm run build)…');
  if (spawnSync(bin('tsx'), ['scripts/build.ts'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const tests = spawnSync(bin('playwright'), ['test', '-c', 'playwright.engines.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = tests.status ?? 1;
