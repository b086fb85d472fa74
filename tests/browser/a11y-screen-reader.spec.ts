/**
 * Deliverable 4, screen-reader navigation: landmarks and the heading outline of
 * each kind of page pinned as ARIA snapshots; one h1 and no skipped levels on
 * every page; link names that make sense in a links list; and a virtual screen
 * reader's walk through the opening of every story in reading order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { CLOSE_NOTE } from '../../lib/view/labels';
import { expect, expectNoProblems, test, visit, type PageKind } from './a11y-fixtures';
import { CLAIM, claimOpeningProblem, MARKER_NAME, openNote } from './support';

/** Every page: the frame a screen-reader user navigates by. */
const FRAME = `
- banner:
  - link "Skip to content"
  - link "Reader"
  - navigation "Site":
    - list:
      - listitem:
        - link "Stories"
      - listitem:
        - link "Reading settings"
- main
- contentinfo
`;

/** What each kind of page must show in its main landmark (partial: other content may sit between). */
const MAIN: Partial<Record<PageKind, string>> = {
  home: `
- main:
  - heading "Stories" [level=1]
  - list:
    - listitem:
      - heading [level=2]:
        - link
`,
  settings: `
- main:
  - heading "Reading settings" [level=1]
  - group "Text size"
  - group "Line spacing"
  - group "Line width"
  - group "Colours"
  - button "Save settings"
  - button "Reset all to the defaults"
`,
  'content-note': `
- main:
  - heading /^Content note/ [level=1]
  - list "Your choices":
    - listitem:
      - button "Continue to the story"
    - listitem:
      - link "Go back"
`,
  story: `
- main:
  - article:
    - heading [level=1]
    - navigation "About this story"
    - heading [level=2]
    - navigation "On this page":
      - heading "Contents" [level=2]
      - list
    - region "More about this account":
      - heading "More about this account" [level=2]
    - region "The articles":
      - heading "The articles" [level=2]
`,
  summary: `
- main:
  - article:
    - heading /a short summary/ [level=1]
    - heading [level=2]
    - navigation "After the summary"
    - region "The articles":
      - heading "The articles" [level=2]
`,
  sources: `
- main:
  - navigation "Breadcrumb"
  - heading [level=1]
  - list:
    - listitem:
      - heading [level=2]:
        - link
`,
  source: `
- main:
  - article:
    - navigation "Breadcrumb"
    - heading [level=1]
`,
  'not-found': `
- main:
  - heading "Page not found" [level=1]
  - paragraph
  - paragraph:
    - link "See all stories"
`,
};

test('every page has the landmarks, and each kind of page the outline, pinned here', async ({ page, site, baseURL }) => {
  test.setTimeout(90_000);
  for (const entry of site.pages) {
    await visit(page, baseURL!, site, entry);
    await expect(page.locator('body'), entry.label).toMatchAriaSnapshot(FRAME);
    const main = MAIN[entry.kind];
    if (main) await expect(page.locator('body'), entry.label).toMatchAriaSnapshot(main);
  }
  // Every kind of page the site has was met, so none of these snapshots is pinned to nothing.
  const kinds = new Set(site.pages.map((p) => p.kind));
  for (const kind of ['home', 'settings', 'content-note', 'story', 'summary', 'sources', 'source', 'not-found'] as const) expect(kinds, `a ${kind} page was crawled`).toContain(kind);
});

test('every page has one of each top landmark, labelled navigation, one h1 and no skipped heading levels', async ({ page, site, baseURL }) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  for (const entry of site.pages) {
    await visit(page, baseURL!, site, entry);
    const found = await page.evaluate(() => {
      const shown = (el: Element) => getComputedStyle(el).display !== 'none' && !el.closest('[hidden], [aria-hidden="true"]');
      const top = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => shown(el) && !el.parentElement!.closest('article, aside, main, nav, section'));
      const navs = [...document.querySelectorAll('nav, [role="navigation"]')].filter(shown);
      const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(shown).map((h) => ({
        level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
        text: (h.textContent ?? '').trim().slice(0, 60),
      }));
      return {
        banner: top('header').length,
        main: [...document.querySelectorAll('main, [role="main"]')].filter(shown).length,
        contentinfo: top('footer').length,
        navLabels: navs.map((n) => n.getAttribute('aria-label') ?? (n.getAttribute('aria-labelledby') ? document.getElementById(n.getAttribute('aria-labelledby')!)?.textContent : null) ?? ''),
        headings,
      };
    });
    const where = entry.label;
    if (found.banner !== 1) problems.push(`${where}: ${found.banner} banners`);
    if (found.main !== 1) problems.push(`${where}: ${found.main} main landmarks`);
    if (found.contentinfo !== 1) problems.push(`${where}: ${found.contentinfo} contentinfo landmarks`);
    if (found.navLabels.length === 0) problems.push(`${where}: no navigation landmark`);
    if (found.navLabels.some((label) => !label.trim())) problems.push(`${where}: a navigation landmark without a name`);
    if (new Set(found.navLabels).size !== found.navLabels.length) problems.push(`${where}: two navigation landmarks share a name (${found.navLabels.join(', ')})`);
    const h1s = found.headings.filter((h) => h.level === 1);
    if (h1s.length !== 1) problems.push(`${where}: ${h1s.length} h1 elements`);
    if (found.headings[0]?.level !== 1) problems.push(`${where}: the first heading is not the h1`);
    found.headings.forEach((h, i) => {
      if (i > 0 && h.level > found.headings[i - 1]!.level + 1) problems.push(`${where}: "${h.text}" (h${h.level}) skips a level after h${found.headings[i - 1]!.level}`);
    });
  }
  expectNoProblems(problems, 'landmark and heading problems');
});

const VAGUE = /^(click here|here|more|read more|link|this|continue reading|\d+)$/i;

test('every link and button has a name that makes sense out of context, markers and notes’ Close included', async ({ page, site, baseURL }) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  let markers = 0;
  let closes = 0;
  for (const entry of site.pages) {
    await visit(page, baseURL!, site, entry);
    const found = await page.evaluate((claim) => {
      const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        controls: [...document.querySelectorAll('a[href], button')].map((el) => nameOf(el)),
        // Each claim's marker (right after its words), and the note it leads to (right after the marker).
        markers: [...document.querySelectorAll<HTMLElement>(`.story-body ${claim.words}`)].map((words) => {
          const marker = words.nextElementSibling?.matches(claim.marker) ? (words.nextElementSibling as HTMLAnchorElement) : null;
          const note = marker ? document.querySelector(marker.hash) : null;
          const close = note?.querySelector<HTMLAnchorElement>(claim.close);
          return {
            name: marker ? nameOf(marker) : '(no marker after the claim)',
            visible: (marker?.textContent ?? '').trim(),
            leadsToTheNoteAfterIt: Boolean(note && note.previousElementSibling === marker && note.matches(claim.note)),
            note: (note?.querySelector(claim.noteClaim)?.textContent ?? '').trim(),
            // The note's Close, and where it returns: the words of the claim the note is for.
            close: close ? nameOf(close) : '',
            returnsToTheClaim: close?.hash === `#${words.id}`,
          };
        }),
      };
    }, CLAIM);
    for (const name of found.controls) {
      if (!name) problems.push(`${entry.label}: a link or button with no name`);
      else if (VAGUE.test(name)) problems.push(`${entry.label}: a link or button named only "${name}"`);
    }
    for (const marker of found.markers) {
      markers++;
      const count = MARKER_NAME.exec(marker.name);
      if (!count) problems.push(`${entry.label}: marker named "${marker.name}", not "N articles"`);
      else if (marker.visible !== marker.name) problems.push(`${entry.label}: marker shows "${marker.visible}" but is named "${marker.name}"`);
      else if (!marker.leadsToTheNoteAfterIt) problems.push(`${entry.label}: marker "${marker.name}" does not lead to the note right after it`);
      else if (!new RegExp(`” ${count[1]} of \\d+ articles reports? this\\.$`).test(marker.note)) problems.push(`${entry.label}: marker "${marker.name}" leads to a note saying "${marker.note}"`);
      if (marker.close) closes++;
      if (marker.close !== CLOSE_NOTE) problems.push(`${entry.label}: the note after "${marker.name}" has its Close named "${marker.close}"`);
      else if (!marker.returnsToTheClaim) problems.push(`${entry.label}: the Close of the note after "${marker.name}" does not return to its claim's words`);
    }
  }
  expect(markers, 'claim markers seen').toBeGreaterThan(0);
  expect(closes, 'notes’ Close links seen').toBe(markers);
  expectNoProblems(problems, 'link names');
});

/** The virtual screen reader's browser build (an ES module), as a script that exposes its `virtual` export on window. */
function virtualScreenReaderScript() {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
  const exported = /export\s*\{([^}]*)\};?/.exec(source)!;
  const local = exported[1]!.split(',').map((pair) => pair.trim().split(/\s+as\s+/)).find(([, name]) => name === 'virtual')![0];
  return `${source.replace(exported[0], '')}\nwindow.__virtualScreenReader = ${local};`;
}

type Virtual = { start(o: { container: Element }): Promise<void>; next(): Promise<void>; lastSpokenPhrase(): Promise<string>; spokenPhraseLog(): Promise<string[]>; stop(): Promise<void> };

/**
 * What the virtual screen reader says reading the account (`.story-body`)
 * through once, line by line: it goes on from the start again after the end,
 * so the log is cut where it begins to repeat.
 */
async function readAccountThrough(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const reader = (window as unknown as { __virtualScreenReader: Virtual }).__virtualScreenReader;
    await reader.start({ container: document.querySelector('.story-body')! });
    for (let i = 0; i < 6000; i++) await reader.next();
    const log = await reader.spokenPhraseLog();
    await reader.stop();
    const opening = log.slice(0, 8).join('\n');
    const again = log.findIndex((_, i) => i > 0 && log.slice(i, i + 8).join('\n') === opening);
    return again > 0 ? log.slice(0, again) : [];
  });
}

const wordsIn = (phrases: string[]) => phrases.join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

test.describe('a virtual screen reader', () => {
  // The screen reader is injected as a script; the site's Content-Security-Policy (rightly) refuses it.
  test.use({ bypassCSP: true });

  test('reads the opening of every story in order: skip link, site navigation, main, the title, what the markers count, the story, a named citation', async ({ page, site, baseURL }) => {
    test.setTimeout(90_000);
    const script = virtualScreenReaderScript();
    const stories = site.pages.filter((p) => p.kind === 'story' || p.kind === 'summary');
    expect(stories.length).toBeGreaterThan(0);
    for (const entry of stories) {
      await visit(page, baseURL!, site, entry);
      const title = (await page.locator('h1').innerText()).trim();
      const explained = (await page.locator('.story-body .markers-explained').innerText()).trim();
      await page.addScriptTag({ type: 'module', content: script });
      await page.waitForFunction(() => '__virtualScreenReader' in window);
      const spoken = await page.evaluate(async (markerName) => {
        const reader = (window as unknown as { __virtualScreenReader: Virtual }).__virtualScreenReader;
        await reader.start({ container: document.body });
        // Read on until the first citation marker.
        for (let i = 0; i < 300 && !new RegExp(markerName).test(await reader.lastSpokenPhrase()); i++) await reader.next();
        const log = await reader.spokenPhraseLog();
        await reader.stop();
        return log;
      }, MARKER_NAME.source);
      const milestones: (string | RegExp)[] = [
        'banner',
        'link, Skip to content',
        'navigation, Site',
        'link, Reading settings',
        'end of banner',
        'main',
        `heading, ${title}, level 1`,
        // What the markers count, once, before the first of them.
        explained,
        /^heading, .+, level 2$/,
        // The claim's one marker, a link in the role of a note reference, named by how many articles report the claim.
        'doc-noteref',
        MARKER_NAME,
      ];
      let at = 0;
      for (const milestone of milestones) {
        const index = spoken.findIndex((phrase, i) => i >= at && (typeof milestone === 'string' ? phrase === milestone : milestone.test(phrase)));
        expect(index, `${entry.label}: "${milestone}" is read, after what comes before it.\nRead:\n${spoken.join('\n')}`).toBeGreaterThanOrEqual(0);
        at = index + 1;
      }
      // The story's own words come before its first citation, and no marker is read as a bare number.
      const firstHeading = spoken.findIndex((phrase) => /^heading, .+, level 2$/.test(phrase));
      expect(spoken.slice(firstHeading + 1, -1).some((phrase) => phrase.length > 40 && !/^(link|button|doc-noteref)/.test(phrase)), entry.label).toBe(true);
      expect(spoken.filter((phrase, i) => /^(link|button|doc-noteref), \d+$/.test(phrase) || (/^\d+$/.test(phrase) && spoken[i - 1] === 'doc-noteref')), entry.label).toEqual([]);
    }
  });

  test('reads every account through with marker names under a tenth of its words and no closed note; an open note once, right after its marker, beginning with its claim', async ({ page, site, baseURL }) => {
    test.setTimeout(90_000);
    const script = virtualScreenReaderScript();
    const stories = site.pages.filter((p) => (p.kind === 'story' && p.continued) || p.kind === 'summary');
    expect(stories.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const entry of stories) {
      await visit(page, baseURL!, site, entry);
      const notes = await page.locator(`.story-body ${CLAIM.noteClaim}`).allTextContents();
      expect(notes.length, entry.label).toBeGreaterThan(0);
      await page.addScriptTag({ type: 'module', content: script });
      await page.waitForFunction(() => '__virtualScreenReader' in window);

      // Every note closed: the account, with its markers and nothing of the notes.
      const spoken = await readAccountThrough(page);
      expect(spoken.length, `${entry.label}: the account is read through to its end`).toBeGreaterThan(notes.length);
      const names = spoken.filter((phrase) => MARKER_NAME.test(phrase));
      if (names.length !== notes.length) problems.push(`${entry.label}: ${names.length} marker names read for ${notes.length} claims`);
      const share = wordsIn(names) / wordsIn(spoken);
      if (share > 0.1) problems.push(`${entry.label}: marker names are ${(share * 100).toFixed(1)}% of the words read`);
      const leaked = spoken.filter((phrase) => phrase.includes(CLOSE_NOTE) || notes.some((note) => phrase.includes(note.trim())));
      if (leaked.length > 0) problems.push(`${entry.label}: closed notes are read: ${leaked.slice(0, 3).join(' | ')}`);

      // One note open: read once, where its claim is, beginning with the claim's first words.
      const markers = page.locator(`.story-body ${CLAIM.marker}`);
      const marker = markers.nth(Math.floor((await markers.count()) / 2));
      const note = await openNote(page, marker);
      const noteClaim = (await note.locator(CLAIM.noteClaim).textContent())!.trim();
      const claimWords = await marker.evaluate((link) => link.previousElementSibling!.textContent!);
      const name = (await marker.textContent())!.trim();
      const withNote = await readAccountThrough(page);
      const at = withNote.map((phrase, i) => (phrase === noteClaim ? i : -1)).filter((i) => i >= 0);
      if (at.length !== 1) problems.push(`${entry.label}: the open note's first line is read ${at.length} times`);
      else if (withNote.slice(at[0]! - 3, at[0]).join(' | ') !== `doc-noteref | ${name} | end of doc-noteref`) problems.push(`${entry.label}: the open note is read after "${withNote.slice(at[0]! - 3, at[0]).join(' | ')}", not after its marker`);
      const opening = claimOpeningProblem(noteClaim, claimWords);
      if (opening) problems.push(`${entry.label}: ${opening}`);
    }
    expectNoProblems(problems, 'the account as a screen reader reads it');
  });
});
