/**
 * Deliverable 7, print: printing a story (or its summary, or a source) gives the
 * account with its notes and the sources' addresses, without navigation or controls.
 */
import { expect, test, visit } from './a11y-fixtures';
import { UNKNOWN_ADDRESS } from '../../lib/view/labels';
import { CLAIM } from './support';

test('printing any story, summary or source gives the text, the notes and the addresses, and no navigation or controls', async ({ page, site, baseURL }) => {
  test.setTimeout(60_000);
  const printable = site.pages.filter((p) => ['story', 'summary', 'source'].includes(p.kind));
  expect(printable.length).toBeGreaterThan(0);
  // Even a reader with the dark theme gets dark text on white paper.
  for (const entry of printable) {
    await visit(page, baseURL!, site, entry, { viewport: 'desktop', colorScheme: 'dark', js: true, settings: { theme: 'dark' } });
    await page.emulateMedia({ media: 'print' });
    const where = entry.label;

    // getByRole leaves out hidden elements unless asked: these must be found, and found hidden.
    for (const hidden of ['banner', 'contentinfo', 'navigation'] as const) {
      const landmarks = await page.getByRole(hidden, { includeHidden: true }).all();
      expect(landmarks.length, `${where}: the page has a ${hidden} to leave out`).toBeGreaterThan(0);
      for (const landmark of landmarks) await expect(landmark, `${where}: ${hidden}`).toBeHidden();
    }
    // (A note's Close is a control too: on paper every note is open, under its claim.)
    const controls = await page.locator(`button, form, .skip-link, ${CLAIM.close}, .backlink-chip`).all();
    expect(controls.length, `${where}: the page has controls to leave out`).toBeGreaterThan(0);
    for (const control of controls) await expect(control, `${where}: controls are not printed`).toBeHidden();

    await expect(page.locator('h1'), where).toBeVisible();
    const printed = await page.evaluate((note) => ({
      color: getComputedStyle(document.body).color,
      paragraphs: [...document.querySelectorAll('main p')].filter((p) => p.getClientRects().length > 0).length,
      notes: document.querySelectorAll(note).length,
      notesShown: [...document.querySelectorAll(note)].filter((element) => element.getClientRects().length > 0).length,
      // Notes name each article; the list of articles at the end gives each one's original address.
      cited: [...new Set([...document.querySelectorAll(`${note} cite`)].map((cite) => (cite.textContent ?? '').split(',')[0]!.trim()))],
      addresses: [...document.querySelectorAll('.articles li')].map((el) => ({ shown: el.getClientRects().length > 0, name: el.querySelector('cite')?.textContent ?? '', text: el.textContent ?? '' })),
    }), CLAIM.note);
    expect(printed.color, `${where}: black text`).toBe('rgb(0, 0, 0)');
    expect(printed.paragraphs, where).toBeGreaterThan(0);
    expect(printed.notesShown, `${where}: every note is printed`).toBe(printed.notes);
    for (const address of printed.addresses) {
      expect(address.shown, where).toBe(true);
      expect(address.text, where).toMatch(new RegExp(`Original address: (https?://\\S+|${UNKNOWN_ADDRESS})\\.`));
    }
    if (entry.kind !== 'source') {
      expect(printed.notes, where).toBeGreaterThan(0);
      for (const name of printed.cited) expect(printed.addresses.map((a) => a.name), `${where}: the address of ${name} is printed`).toContain(name);
    }

    await page.emulateMedia({ media: 'screen' });
  }
});
