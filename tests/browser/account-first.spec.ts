import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT_SIZES } from '../../lib/settings/settings';
import { HEADING_IDS } from '../../lib/view/anchors';
import { CONTENTS_NAVIGATION, PART_TITLES } from '../../lib/view/labels';
import { bookPath, citationsPath, storyPath } from '../../lib/view/routes';
import { CLAIM, claimIdsOn, claimOpeningProblem, claimParts, openNote, passContentNote, scrollSettled, setReaderSettings } from './support';

/**
 * Issue 27, on a phone (item 4): the account first. Its first cited words on
 * the first screen of a 390×844 phone; the contents, the book and the data
 * after it, one link away; a note opened low on the screen under its marker
 * and claim, never over them, beginning with the claim's first words, its
 * Close on screen at every text size; a note's link landing on the cited
 * passage itself, marked apart from the other passages of its paragraph.
 * With and without JavaScript: all of it is links and CSS.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = storyPath(SLUG);
const PHONE = { width: 390, height: 844 };
/** The narrowest phone the site is made for: where a note's lines wrap most. */
const NARROW = { width: 320, height: 844 };

test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

/** Opens the story as a reader would see it, with the header's Listen button in place where script runs (it shares a row with the header's links). */
async function openStory(page: Page, javaScriptEnabled: boolean) {
  await page.goto(STORY);
  if (javaScriptEnabled) await expect(page.getByRole('button', { name: 'Listen to this account' })).toBeVisible();
}

/** Scrolls at once (no smooth scroll) so that the element's top is `fraction` of the way down the screen; returns where it is. */
async function placeOnScreen(element: Locator, fraction: number) {
  return element.evaluate((el, at) => {
    window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - window.innerHeight * at, behavior: 'instant' });
    return el.getBoundingClientRect().top / window.innerHeight;
  }, fraction);
}

/** Where a claim's words, its marker and its open note are, and what the note looks like in the flow. */
function layoutOf(page: Page, id: string) {
  const parts = claimParts(id);
  return page.evaluate((selectors) => {
    const words = document.querySelector(selectors.words)!;
    const marker = document.querySelector(selectors.marker)!;
    const note = document.querySelector(selectors.note)!;
    const lines = [...words.getClientRects()];
    const markerBox = marker.getBoundingClientRect();
    const noteBox = note.getBoundingClientRect();
    const hit = (box: DOMRect) => {
      if (box.bottom <= 0 || box.top >= innerHeight) return null;
      const found = document.elementFromPoint(box.left + Math.min(box.width, 20) / 2, Math.max(box.top, 0) + Math.min(box.height, 10) / 2);
      return found ? found.closest(`${selectors.words}, ${selectors.marker}, ${selectors.note}`)?.id ?? found.tagName : 'nothing';
    };
    return {
      wordsBottom: Math.max(...lines.map((line) => line.bottom)),
      wordsLastLine: lines.at(-1)!.toJSON() as DOMRect,
      marker: markerBox.toJSON() as DOMRect,
      note: noteBox.toJSON() as DOMRect,
      position: getComputedStyle(note).position,
      inSameParagraph: note.parentElement === marker.parentElement && marker.parentElement === words.parentElement,
      // What a finger on the marker and on the claim's last line meets: themselves, never the note.
      atMarker: hit(markerBox),
      atWords: hit(lines.at(-1)!),
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, parts);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled, viewport: PHONE });

    test('at 390×844 the account’s first cited words start on the first screen: their first line is wholly within 844 px', async ({ page }) => {
      await openStory(page, javaScriptEnabled);
      const first = await page.locator(`.story-body ${CLAIM.words}`).first().evaluate((words) => {
        const line = words.getClientRects()[0]!;
        return { top: line.top, bottom: line.bottom, scrolled: window.scrollY, height: window.innerHeight, paragraph: words.closest('p')!.getBoundingClientRect().top };
      });
      expect(first.scrolled, 'the page opens at its top').toBe(0);
      expect(first.height).toBe(PHONE.height);
      expect(first.paragraph, 'the claim is the start of its paragraph, or close to it').toBeLessThanOrEqual(first.top);
      expect(first.top, 'the first line of the first claim').toBeGreaterThanOrEqual(0);
      expect(first.bottom, `the first line of the first claim ends at ${first.bottom} px`).toBeLessThanOrEqual(PHONE.height);
    });

    test('nothing on the story moves as it loads, at 390 and 320 px: the Listen button appears where its place was kept, and the layout shifts add up to 0', async ({ page }) => {
      for (const viewport of [PHONE, NARROW]) {
        await page.setViewportSize(viewport);
        await openStory(page, javaScriptEnabled);
        // Every shift since the page began, the buffered ones included, read at once (no waiting for the observer's task).
        const shifts = await page.evaluate(() => {
          const observer = new PerformanceObserver(() => {});
          observer.observe({ type: 'layout-shift', buffered: true });
          return observer.takeRecords().map((entry) => (entry as PerformanceEntry & { value: number }).value);
        });
        expect(shifts, `${viewport.width} px: layout shifts while the story loaded`).toEqual([]);
      }
    });

    test('the contents, the book and the citations as data come after the account, each one link from its header', async ({ page, request }) => {
      await openStory(page, javaScriptEnabled);
      const after = await page.evaluate(
        ({ json, book, contents }) => {
          const account = document.querySelector('.story-body')!;
          const follows = (el: Element) => Boolean(account.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && !account.contains(el);
          const all = (selector: string) => [...document.querySelectorAll(selector)];
          return {
            json: all(`a[href="${json}"]`).map(follows),
            book: all(`a[href="${book}"]`).map(follows),
            contents: all(`[id="${contents}"]`).map(follows),
          };
        },
        { json: citationsPath(SLUG), book: bookPath(SLUG), contents: HEADING_IDS.contents },
      );
      // Each is on the page (nothing hidden from anyone), and none stands before the account.
      expect(after).toEqual({ json: [true], book: [true], contents: [true] });

      // From the header: Contents, then from the contents to the part that holds the book and the data.
      const header = page.getByRole('navigation', { name: 'About this story' });
      await header.getByRole('link', { name: PART_TITLES.contents }).click();
      await expect(page).toHaveURL(new RegExp(`#${HEADING_IDS.contents}$`));
      await scrollSettled(page);
      await expect(page.getByRole('heading', { name: PART_TITLES.contents, level: 2 })).toBeInViewport();
      await page.getByRole('navigation', { name: CONTENTS_NAVIGATION }).getByRole('link', { name: PART_TITLES.about }).click();
      await expect(page).toHaveURL(new RegExp(`#${HEADING_IDS.about}$`));
      await scrollSettled(page);
      const about = page.getByRole('region', { name: PART_TITLES.about });
      await expect(about.getByRole('heading', { name: PART_TITLES.about })).toBeInViewport();
      const json = about.getByRole('link', { name: /citation as data \(JSON\)/ });
      const book = about.getByRole('link', { name: /^Download as an e-book/ });
      await expect(json).toBeVisible();
      await expect(book).toBeVisible();
      // And both answer with what they say they are.
      const cookie = { headers: { Cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } };
      const data = await request.get((await json.getAttribute('href'))!, cookie);
      expect(data.status()).toBe(200);
      expect(data.headers()['content-type']).toMatch(/^application\/json/);
      const epub = await request.get((await book.getAttribute('href'))!, cookie);
      expect(epub.status()).toBe(200);
      expect(epub.headers()['content-type']).toBe('application/epub+zip');
    });

    test('a note opened from the lower half of the screen opens under its marker and claim, in the flow, covering neither, and begins with the claim’s first words', async ({ page }) => {
      for (const viewport of [PHONE, NARROW]) {
        await page.setViewportSize(viewport);
        await openStory(page, javaScriptEnabled);
        const ids = await claimIdsOn(page);
        expect(ids.length).toBeGreaterThan(2);
        for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
          const where = `${viewport.width} px, ${id}`;
          const parts = claimParts(id);
          const marker = page.locator(parts.marker);
          const at = await placeOnScreen(marker, 0.75);
          expect(at, `${where}: the marker is in the lower half of the screen`).toBeGreaterThan(0.5);
          const note = await openNote(page, marker);
          const layout = await layoutOf(page, id);
          expect(layout.inSameParagraph, `${where}: words, marker and note in one paragraph`).toBe(true);
          expect(layout.position, `${where}: the note is in the flow`).toBe('static');
          expect(layout.marker.bottom, `${where}: the marker is above the note`).toBeLessThanOrEqual(layout.note.top + 0.5);
          expect(layout.wordsBottom, `${where}: the claim's words are above the note`).toBeLessThanOrEqual(layout.note.top + 0.5);
          // Opened, it is scrolled to with a few lines above it: the marker's line stays on screen, and a finger finds the marker and the claim, not the note.
          expect(layout.marker.top, `${where}: the marker stays on screen`).toBeGreaterThanOrEqual(0);
          expect(layout.atMarker, `${where}: what is at the marker`).toBe(`${id}-marker`);
          expect(layout.atWords, `${where}: what is at the claim's last line`).toBe(id);
          expect(layout.note.left, where).toBeGreaterThanOrEqual(0);
          expect(layout.note.right, `${where}: the note fits the screen's width`).toBeLessThanOrEqual(layout.viewport.width);
          const noteClaim = await note.locator(CLAIM.noteClaim).innerText();
          expect(claimOpeningProblem(noteClaim, await page.locator(parts.words).innerText()), where).toBeNull();
        }
      }
    });

    test('a note’s Close is on screen when it opens, at every text size of the reading settings, on a 390 and a 320 px phone', async ({ page, context, baseURL }) => {
      test.setTimeout(90_000);
      let checked = 0;
      for (const { value: size } of TEXT_SIZES) {
        await context.clearCookies();
        await passContentNote(context, baseURL!, SLUG);
        await setReaderSettings(context, baseURL!, { size });
        for (const viewport of [PHONE, NARROW]) {
          await page.setViewportSize(viewport);
          await openStory(page, javaScriptEnabled);
          // The note with the most to say (every article that reports its claim), opened from low on the screen.
          const notes = page.locator(`.story-body ${CLAIM.note}`);
          const sources = await notes.evaluateAll((all, source) => all.map((note) => note.querySelectorAll(source).length), CLAIM.source);
          const longest = sources.indexOf(Math.max(...sources));
          expect(sources[longest], 'a note citing several articles').toBeGreaterThan(2);
          const marker = page.locator(`.story-body ${CLAIM.marker}`).nth(longest);
          await placeOnScreen(marker, 0.8);
          const note = await openNote(page, marker);
          const where = `text size ${size}, ${viewport.width} px`;
          const close = await note.locator(CLAIM.close).evaluate((link) => ({ box: link.getBoundingClientRect().toJSON() as DOMRect, width: innerWidth, height: innerHeight }));
          expect(close.box.top, `${where}: Close's top`).toBeGreaterThanOrEqual(0);
          expect(close.box.bottom, `${where}: Close's bottom`).toBeLessThanOrEqual(close.height);
          expect(close.box.left, `${where}: Close's left`).toBeGreaterThanOrEqual(0);
          expect(close.box.right, `${where}: Close's right`).toBeLessThanOrEqual(close.width);
          // Close works from there: back at the claim, the note shut.
          await note.locator(CLAIM.close).click();
          await expect(note, where).toBeHidden();
          checked++;
        }
      }
      expect(checked).toBe(TEXT_SIZES.length * 2);
    });

    test('a note’s link to an article lands on the cited passage itself: the page’s target, marked apart from the other passages of its paragraph, on screen', async ({ page }) => {
      await openStory(page, javaScriptEnabled);
      // Every note's links to the archived articles, with the words each quotes.
      const links = await page.locator(`.story-body ${CLAIM.source}`).evaluateAll((sources) =>
        sources.map((source) => ({
          claim: source.closest('.note')!.id.replace(/-note$/, ''),
          href: source.querySelector('cite a')!.getAttribute('href')!,
          quote: source.querySelector('q')!.textContent!,
        })),
      );
      expect(links.length).toBeGreaterThan(0);
      // Every anchor of every archived article: each highlighted passage (how many its paragraph has), and each paragraph.
      const anchors = new Map<string, { tag: string; text: string; marks: number }>();
      for (const path of new Set(links.map((link) => link.href.split('#')[0]!))) {
        await page.goto(path);
        const found = await page.locator('main [id^="p-"]').evaluateAll((all) =>
          all.map((el) => ({ id: el.id, tag: el.tagName, text: el.textContent!, marks: (el.tagName === 'MARK' ? el.closest('p')! : el).querySelectorAll('mark').length })),
        );
        for (const anchor of found) anchors.set(`${path}#${anchor.id}`, anchor);
      }
      // A link lands on the highlighted words it quotes; on the paragraph only where the page highlights none there (a photo's caption, the headline).
      const problems = links
        .filter((link) => {
          const target = anchors.get(link.href);
          return !target?.text.includes(link.quote) || (target.tag !== 'MARK' && target.marks > 0);
        })
        .map((link) => `${link.href} is ${anchors.get(link.href)?.tag ?? 'not on its page'}, not the highlighted passage holding “${link.quote}”`);
      expect(problems, 'every note’s link lands on the passage it quotes').toEqual([]);
      expect(links.filter((link) => anchors.get(link.href)!.tag === 'MARK').length, 'links to highlighted passages').toBeGreaterThan(links.length / 2);

      // Followed, from a paragraph with several passages, to one that is not its first.
      const chosen = links.find((link) => anchors.get(link.href)!.tag === 'MARK' && anchors.get(link.href)!.marks > 1 && !/#p-\d+-0$/.test(link.href));
      expect(chosen, 'a note links to the second passage of a paragraph').toBeDefined();
      await openStory(page, javaScriptEnabled);
      const note = await openNote(page, page.locator(claimParts(chosen!.claim).marker));
      await note.locator(`${CLAIM.sourceLink}[href="${chosen!.href}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${chosen!.href}$`));
      await scrollSettled(page);
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target')!;
        const style = (el: Element) => {
          const s = getComputedStyle(el);
          return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
        };
        const box = target.getBoundingClientRect();
        return {
          tag: target.tagName,
          id: target.id,
          outline: getComputedStyle(target).outlineStyle !== 'none' && parseFloat(getComputedStyle(target).outlineWidth) >= 2,
          own: style(target),
          others: [...target.closest('p')!.querySelectorAll('mark')].filter((mark) => mark !== target).map(style),
          onScreen: box.top >= 0 && box.bottom <= innerHeight,
        };
      });
      expect(landed.tag).toBe('MARK');
      expect(`#${landed.id}`).toBe(new URL(page.url()).hash);
      expect(landed.outline, `the passage is outlined (${landed.own})`).toBe(true);
      expect(landed.others.length).toBeGreaterThan(0);
      for (const other of landed.others) expect(other, 'the other passages of its paragraph look different').not.toBe(landed.own);
      expect(landed.onScreen, 'the passage is on screen').toBe(true);
    });
  });
}
