/**
 * axe in each engine, on one page of every kind, with page scripts on and off:
 * axe reads what the engine computed (names, roles, colours, visibility), so
 * the same HTML can pass in one engine and fail in another. The browser suite
 * runs axe over every page in every state in Chromium; here, a page of each kind.
 * axe is a script itself: in a Firefox with scripts off it never finishes (it
 * waits on timers that do not fire), so the tests tagged @axe-without-scripts
 * run in WebKit only, whose switch stops the page's scripts and not WebDriver's
 * (playwright.engines.config.ts).
 */
import { expect, test } from './fixtures';
import { PAGE_KINDS, visit } from './site';

for (const script of [true, false]) {
  test.describe(`page scripts ${script ? 'on' : 'off'}`, () => {
    test.use({ script });
    for (const page of PAGE_KINDS) {
      test(`axe finds nothing on the ${page.kind} page`, { tag: script ? [] : ['@axe-without-scripts'] }, async ({ reader }) => {
        await visit(reader, page);
        expect(await reader.axe(), `axe violations on ${page.path}`).toEqual([]);
      });
    }
  });
}
