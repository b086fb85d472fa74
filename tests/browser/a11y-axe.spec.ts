/**
 * Deliverable 1: every crawled page, in every state, has zero axe violations
 * (WCAG 2.0–2.2 A and AA, and best practice). One axe run per page and state,
 * and one more with a claim's note open.
 */
import { axeViolations, describeState, enterState, expectNoProblems, test, visit, type State } from './a11y-fixtures';
import { CLAIM, openNote } from './support';

const MATRIX: State[] = [];
for (const viewport of ['phone', 'desktop'] as const)
  for (const js of [true, false])
    for (const colorScheme of ['light', 'dark'] as const) MATRIX.push({ viewport, js, colorScheme });
// The reader's own settings: the theme against the system's, and the largest text (with the widest spacing).
MATRIX.push(
  { viewport: 'phone', colorScheme: 'light', js: true, settings: { theme: 'dark' } },
  { viewport: 'desktop', colorScheme: 'dark', js: false, settings: { theme: 'light' } },
  { viewport: 'phone', colorScheme: 'light', js: false, settings: { size: 'largest', spacing: 'widest' } },
  { viewport: 'desktop', colorScheme: 'dark', js: true, settings: { size: 'largest', width: 'wide' } },
);

for (const state of MATRIX) {
  test(`every page has zero axe violations: ${describeState(state)}`, async ({ page, site, baseURL }) => {
    test.setTimeout(120_000);
    await enterState(page, state);
    const problems: string[] = [];
    // With scripts on, a script error or a hydration mismatch (the server's HTML and the browser's
    // render disagree: what a screen reader was given may change under it) is a problem too.
    let current = site.pages[0]!;
    if (state.js) {
      page.on('pageerror', (error) => problems.push(`${current.label}: script error: ${error.message}`));
      page.on('console', (message) => {
        // (The 404 page's own status is logged as a failed load: that one is expected.)
        const ownStatus = message.location().url === new URL(current.path, baseURL).href && current.status !== 200;
        if (message.type() === 'error' && !ownStatus) problems.push(`${current.label}: console error: ${message.text().slice(0, 200)}`);
      });
    }
    for (const entry of site.pages) {
      current = entry;
      await visit(page, baseURL!, site, entry, state);
      for (const violation of await axeViolations(page)) problems.push(`${entry.label}: ${violation}`);
    }
    expectNoProblems(problems, `axe violations (${describeState(state)})`);
  });
}

const NOTE_OPEN_STATES: State[] = [
  { viewport: 'phone', colorScheme: 'light', js: true },
  { viewport: 'phone', colorScheme: 'dark', js: true },
  { viewport: 'desktop', colorScheme: 'light', js: true },
  { viewport: 'desktop', colorScheme: 'dark', js: true, settings: { size: 'largest' } },
];

for (const state of NOTE_OPEN_STATES) {
  test(`every page with citations has zero axe violations with a claim’s note open: ${describeState(state)}`, async ({ page, site, baseURL }) => {
    test.setTimeout(120_000);
    await enterState(page, state);
    const problems: string[] = [];
    let opened = 0;
    for (const entry of site.pages) {
      await visit(page, baseURL!, site, entry, state);
      const markers = page.locator(`.story-body ${CLAIM.marker}`);
      if ((await markers.count()) === 0) continue;
      await openNote(page, markers.last());
      opened++;
      // The rest of the page is the base state, already checked above: axe looks at the open note.
      for (const violation of await axeViolations(page, [CLAIM.openNote])) problems.push(`${entry.label}, note open: ${violation}`);
    }
    test.expect(opened, 'pages with citations').toBeGreaterThan(0);
    expectNoProblems(problems, `axe violations with a note open (${describeState(state)})`);
  });
}
