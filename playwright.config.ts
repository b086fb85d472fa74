import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

const port = Number(process.env.TEST_PORT ?? 3210);

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  projects: [
    { name: 'site', testIgnore: /(?:orca|load|restarts|release)\.spec\.ts$/ },
    // A real screen reader on a display of its own, one Orca per user: alone, waiting for speech, not racing other tests for the cores.
    { name: 'orca', testMatch: /orca\.spec\.ts$/, dependencies: ['site'], workers: 1 },
    // The contended load keeps both cores busy: it runs alone, once everything else has finished.
    { name: 'load', testMatch: /load\.spec\.ts$/, dependencies: ['orca'] },
    // Three instances restarted under load behind nginx: timing-sensitive, so alone as well.
    { name: 'restarts', testMatch: /restarts\.spec\.ts$/, dependencies: ['load'], workers: 1 },
    // Two more builds (a second checkout, then one story): alone too, last.
    { name: 'release', testMatch: /release\.spec\.ts$/, dependencies: ['restarts'], workers: 1 },
  ],
  webServer: {
    // The production build, served as npm start serves it (scripts/serve.mjs).
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
