/**
 * The engines' test fixtures: each spec in tests/engines/ is written once,
 * against `reader`, and runs in every project of playwright.engines.config.ts
 * (one project an engine). A test asks for page scripts off or the Popover API
 * removed with `test.use({ script: false })` or `test.use({ popoverApi: false })`.
 * Ports are this run's own (tests/engines/ports.ts); worker n's virtual display
 * is :200 + n or the next free one.
 */
import { test as base, expect } from '@playwright/test';
import type { EngineName } from '../support/engines';
import { startReportingProxy, type CspReport, type ReportingProxy } from './csp-reports';
import { FirefoxHost, type FirefoxReader } from './firefox';
import { proxyPort, TEST_PORT, webdriverPort } from './ports';
import type { Reader } from './reader';
import { WebKitHost, type WebKitReader } from './webkit';

interface Host {
  open(baseURL: string, options: { script: boolean; popoverApi: boolean }): Promise<FirefoxReader | WebKitReader>;
  stop(): unknown;
}

/** The CSP refusals the engine reported during this test. */
export interface Refusals {
  /** Those reported so far, which the test then answers for: the check at the end passes over them. */
  take(): CspReport[];
}

type TestFixtures = { reader: Reader; refusals: Refusals; script: boolean; popoverApi: boolean };
type WorkerFixtures = { engine: EngineName; host: Host; reporting: ReportingProxy };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['firefox', { option: true, scope: 'worker' }],
  script: [true, { option: true }],
  popoverApi: [true, { option: true }],

  reporting: [
    // Playwright reads a fixture's dependencies from its destructured first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide, workerInfo) => {
      const proxy = await startReportingProxy(proxyPort(workerInfo.parallelIndex), `http://127.0.0.1:${TEST_PORT}`);
      await provide(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],

  host: [
    async ({ engine }, provide, workerInfo) => {
      const host = engine === 'firefox' ? new FirefoxHost() : await WebKitHost.start(workerInfo.parallelIndex, webdriverPort(workerInfo.parallelIndex));
      await provide(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  // Automatic, so set up before the reader and checked after it has closed, in every test.
  refusals: [
    async ({ reporting }, provide) => {
      let taken = reporting.reports.length;
      const since = (start: number) => reporting.reports.slice(start);
      await provide({
        take: () => {
          const reports = since(taken);
          taken += reports.length;
          return reports;
        },
      });
      // Whatever the test did, the engine refused nothing the site's policy governs.
      expect(since(taken), 'Content-Security-Policy refusals the engine reported').toEqual([]);
    },
    { auto: true },
  ],

  reader: async ({ host, reporting, script, popoverApi }, provide) => {
    const reader = await host.open(reporting.origin, { script, popoverApi });
    await provide(reader);
    await reader.close();
  },
});

export { expect };
