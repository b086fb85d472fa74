/**
 * Deliverable 4, screen-reader navigation: landmarks and the heading outline of
 * each kind of page pinned as ARIA snapshots; one h1 and no skipped levels on
 * every page; link names that make sense in a links list; and a virtual screen
 * reader's walk through the opening of every story in reading order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, expectNoProblems, test, visit, type PageKind } from './a11y-fixtures';

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
    - region "Notes":
      - heading "Notes" [level=2]
      - list
`,
  summary: `
- main:
  - article:
    - heading /a short summary/ [level=1]
    - heading [level=2]
    - navigation "After the summary"
    - region "Notes":
      - heading "Notes" [level=2]
      - list
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
      const shown = (el: Element) => getComputedStyle(el).display !== 'none' && !el.closest('[hidden], [aria-hidden="true"], [popover]:not(:popover-open)');
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

test('every link and button has a name that makes sense out of context, markers and back-links included', async ({ page, site, baseURL }) => {
  test.setTimeout(90_000);
  const problems: string[] = [];
  let markers = 0;
  let backlinks = 0;
  for (const entry of site.pages) {
    await visit(page, baseURL!, site, entry);
    const found = await page.evaluate(() => {
      const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      return {
        controls: [...document.querySelectorAll('a[href], button')].map((el) => nameOf(el)),
        // The marker's shown form (the button that opens the note in place; the link form is the same words).
        markers: [...document.querySelectorAll<HTMLElement>('.cite')].map((claim) => {
          const marker = claim.querySelector('button.cite-marker')!;
          const link = claim.querySelector<HTMLAnchorElement>('a.cite-marker')!;
          return {
            name: nameOf(marker),
            visible: marker.textContent!.trim(),
            sameAsLink: nameOf(link) === nameOf(marker),
            // The note it opens, and the one its link leads to, say the same as a sentence.
            note: (document.getElementById(marker.getAttribute('popovertarget')!)?.querySelector('p')?.textContent ?? '').trim(),
            linkLeadsToThatNote: document.querySelector(link.hash)?.contains(document.getElementById(marker.getAttribute('popovertarget')!)) ?? false,
          };
        }),
        // Each note's back-link, with the claim its place in the notes list makes it, and the marker it returns to.
        backlinks: [...document.querySelectorAll<HTMLAnchorElement>('.notes-list > li')].map((note, index) => {
          const link = note.querySelector<HTMLAnchorElement>('[role="doc-backlink"]');
          const claim = link ? document.querySelector<HTMLElement>(link.hash) : null;
          return { name: link ? nameOf(link) : '', claim: String(index + 1), returnsToItsMarker: claim?.querySelector<HTMLAnchorElement>('a.cite-marker')?.hash === `#${note.id}` };
        }),
      };
    });
    for (const name of found.controls) {
      if (!name) problems.push(`${entry.label}: a link or button with no name`);
      else if (VAGUE.test(name)) problems.push(`${entry.label}: a link or button named only "${name}"`);
    }
    for (const marker of found.markers) {
      markers++;
      const count = /^(\d+) of (\d+) articles$/.exec(marker.name);
      if (!count) problems.push(`${entry.label}: marker named "${marker.name}", not "N of M articles"`);
      else if (marker.visible !== marker.name) problems.push(`${entry.label}: marker shows "${marker.visible}" but is named "${marker.name}"`);
      else if (!marker.note.startsWith(`${count[1]} of ${count[2]} articles report`)) problems.push(`${entry.label}: marker "${marker.name}" leads to a note saying "${marker.note}"`);
      else if (!marker.sameAsLink || !marker.linkLeadsToThatNote) problems.push(`${entry.label}: marker "${marker.name}": its link form says or leads elsewhere`);
    }
    for (const link of found.backlinks) {
      backlinks++;
      if (link.name !== `Back to claim ${link.claim}`) problems.push(`${entry.label}: note ${link.claim}'s back-link named "${link.name}"`);
      else if (!link.returnsToItsMarker) problems.push(`${entry.label}: "${link.name}" does not return to the marker of its note`);
    }
  }
  expect(markers, 'claim markers seen').toBeGreaterThan(0);
  expect(backlinks, 'back-links seen').toBeGreaterThan(0);
  expectNoProblems(problems, 'link names');
});

test.describe('a virtual screen reader', () => {
  // The screen reader is injected as a script; the site's Content-Security-Policy (rightly) refuses it.
  test.use({ bypassCSP: true });

  test('reads the opening of every story in order: skip link, site navigation, main, the title, the story, a named citation', async ({ page, site, baseURL }) => {
    test.setTimeout(90_000);
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');
    // The browser build is an ES module: expose its `virtual` export on window instead.
    const exported = /export\s*\{([^}]*)\};?/.exec(source)!;
    const local = exported[1]!.split(',').map((pair) => pair.trim().split(/\s+as\s+/)).find(([, name]) => name === 'virtual')![0];
    const script = `${source.replace(exported[0], '')}\nwindow.__virtualScreenReader = ${local};`;

    const stories = site.pages.filter((p) => p.kind === 'story' || p.kind === 'summary');
    expect(stories.length).toBeGreaterThan(0);
    for (const entry of stories) {
      await visit(page, baseURL!, site, entry);
      const title = (await page.locator('h1').innerText()).trim();
      await page.addScriptTag({ type: 'module', content: script });
      await page.waitForFunction(() => '__virtualScreenReader' in window);
      const spoken = await page.evaluate(async () => {
        type Virtual = { start(o: { container: Element }): Promise<void>; next(): Promise<void>; lastSpokenPhrase(): Promise<string>; spokenPhraseLog(): Promise<string[]>; stop(): Promise<void> };
        const reader = (window as unknown as { __virtualScreenReader: Virtual }).__virtualScreenReader;
        await reader.start({ container: document.body });
        // Read on until the first citation marker.
        for (let i = 0; i < 300 && !/^\d+ of \d+ articles$/.test(await reader.lastSpokenPhrase()); i++) await reader.next();
        const log = await reader.spokenPhraseLog();
        await reader.stop();
        return log;
      });
      const milestones: (string | RegExp)[] = [
        'banner',
        'link, Skip to content',
        'navigation, Site',
        'link, Reading settings',
        'end of banner',
        'main',
        `heading, ${title}, level 1`,
        /^heading, .+, level 2$/,
        // The claim's one marker (the button that opens its note in place; the link form is not displayed), by how many articles report the claim.
        /^button, \d+ of \d+ articles$/,
      ];
      let at = 0;
      for (const milestone of milestones) {
        const index = spoken.findIndex((phrase, i) => i >= at && (typeof milestone === 'string' ? phrase === milestone : milestone.test(phrase)));
        expect(index, `${entry.label}: "${milestone}" is read, after what comes before it.\nRead:\n${spoken.join('\n')}`).toBeGreaterThanOrEqual(0);
        at = index + 1;
      }
      // The story's own words come before its first citation, and no link is read as a bare number.
      const firstHeading = spoken.findIndex((phrase) => /^heading, .+, level 2$/.test(phrase));
      expect(spoken.slice(firstHeading + 1, -1).some((phrase) => phrase.length > 40 && !/^(link|button|doc-noteref)/.test(phrase)), entry.label).toBe(true);
      expect(spoken.filter((phrase) => /^(link|button|doc-noteref), \d+$/.test(phrase)), entry.label).toEqual([]);
    }
  });
});
