/**
 * The reading flows in the engines beside Chromium (tests/engines/, `npm run
 * test:engines`): Firefox ESR and WebKitGTK, from Debian's packages
 * (tests/support/engines.ts). One project an engine; every spec runs in both.
 */
import { defineConfig } from '@playwright/test';
import type { EngineName } from './tests/support/engines';
import { TEST_PORT } from './tests/engines/ports';

const engines: EngineName[] = ['firefox', 'webkit'];

export default defineConfig<object, { engine: EngineName }>({
  testDir: 'tests/engines',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  projects: engines.map((engine) => ({
    name: engine,
    use: { engine },
    // In WebKit only: axe cannot finish in a Firefox whose scripts are off (tests/engines/axe.spec.ts), and
    // Firefox has no switch that removes the Popover API (tests/engines/no-popover.spec.ts).
    grepInvert: engine === 'firefox' ? /@axe-without-scripts|@without-popover-api/ : undefined,
  })),
  webServer: {
    // The production build, served as npm start serves it (scripts/serve.mjs), as for the Chromium suite.
    command: `node scripts/serve.mjs -p ${TEST_PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${TEST_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
