/**
 * No Content-Security-Policy refusal in any engine: every kind of page loads
 * with the scripts it carries running (by hash, nonce or from 'self'), and the
 * engine reports nothing refused. Each test in tests/engines/ ends with the
 * same check (fixtures.ts); this one also proves a refusal would be reported.
 */
import { expect, test } from './fixtures';
import { loadsScripts, PAGE_KINDS, scriptsRan, visit } from './site';

test('every kind of page runs the scripts it loads and has nothing refused, and a refusal would be reported', async ({ reader, refusals }) => {
  const withScripts: string[] = [];
  for (const page of PAGE_KINDS) {
    await visit(reader, page);
    if (!(await loadsScripts(reader))) continue;
    withScripts.push(page.kind);
    await expect.poll(() => scriptsRan(reader), `the scripts of the ${page.kind} page ran`).toBe(true);
  }
  // Reading pages carry the reader's script; the settings and 404 pages keep Next's runtime.
  expect(withScripts).toEqual(expect.arrayContaining(['settings', 'content note', 'story', 'not found']));

  // The control: an inline style attribute, which the policy refuses, is reported, after everything before it.
  await reader.run(() => document.querySelector('main')!.setAttribute('style', 'outline: 1px solid'));
  const reports: Awaited<ReturnType<typeof refusals.take>> = [];
  await expect
    .poll(() => {
      reports.push(...refusals.take());
      return reports.some((report) => report.directive === 'style-src-attr');
    }, 'the engine reports the refusal the test caused')
    .toBe(true);
  expect(reports.map((report) => `${report.directive} ${report.blocked} on ${new URL(report.page).pathname}`)).toEqual([`style-src-attr inline on ${PAGE_KINDS.at(-1)!.path}`]);
});
