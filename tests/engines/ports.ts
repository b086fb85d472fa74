/**
 * This run's ports: TEST_PORT serves the site (3210 unless set, as for the
 * Chromium suite, which never runs at the same time), TEST_PORT + 10 + n is
 * worker n's reporting proxy, TEST_PORT + 20 + n its WebKitWebDriver.
 */
export const TEST_PORT = Number(process.env.TEST_PORT ?? 3210);
export const proxyPort = (worker: number) => TEST_PORT + 10 + worker;
export const webdriverPort = (worker: number) => TEST_PORT + 20 + worker;
