/**
 * axe over WebDriver, for an engine Playwright cannot drive (WebKitGTK): the
 * axe-core in node_modules (the one @axe-core/playwright runs), injected into
 * the page, with the browser suite's rules and report format (tests/browser/axe.ts).
 */
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { WebDriver } from 'selenium-webdriver';
import { AXE_TAGS, describeViolations, DISABLED_AXE_RULES } from '../browser/axe';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** axe's violations on the page as it is (page scripts on or off: WebDriver's own scripts always run). */
export async function webdriverAxeViolations(driver: WebDriver): Promise<string[]> {
  await driver.executeScript(axeSource);
  const options = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(DISABLED_AXE_RULES).map((id) => [id, { enabled: false }])),
  };
  const outcome = (await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
     window.axe.run(document, arguments[0]).then((r) => done({ violations: r.violations }), (e) => done({ error: String(e) }));`,
    options,
  )) as { violations?: Result[]; error?: string };
  if (outcome.error) throw new Error(`axe could not run: ${outcome.error}`);
  return describeViolations(outcome.violations!);
}
