import { expect, test, type Page } from '@playwright/test';
import { countWords } from '../../lib/matching/words';
import type { CitationsFile } from '../../lib/view/citations-schema';
import { CONTENTS_NAVIGATION } from '../../lib/view/labels';
import { CLAIM, expectNoAxeViolations, passContentNote } from './support';

/**
 * The reader's own tools on the first story: contents, reading time, the log
 * of changes, what each article alone reports, and read-aloud (through a
 * recording stand-in for speechSynthesis, since headless Chromium has no voices).
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

async function citations(page: Page): Promise<CitationsFile> {
  return (await page.request.get(`${STORY}/citations.json`)).json();
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the contents, after the account and linked from its header, list every section, each a link that lands on its heading', async ({ page }) => {
    await page.goto(STORY);
    const contents = page.getByRole('navigation', { name: CONTENTS_NAVIGATION });
    // Out of the way of the account's first words, and one link away from its top.
    expect(await contents.evaluate((nav) => Boolean(document.querySelector('.story-body')!.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    const fromHeader = page.getByRole('navigation', { name: 'About this story' }).getByRole('link', { name: 'Contents' });
    await fromHeader.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#contents-heading$/);
    await expect(contents.getByRole('heading', { name: 'Contents' })).toBeInViewport();
    const links = contents.getByRole('link');
    const headings = await page.locator('.story-body h2').allInnerTexts();
    expect(headings.length).toBeGreaterThanOrEqual(8);
    expect((await links.allInnerTexts()).slice(0, headings.length)).toEqual(headings);
    await expect(links.filter({ hasText: 'Changes to this account' })).toHaveCount(1);
    for (const link of await links.all()) {
      const id = (await link.getAttribute('href'))!.slice(1);
      await expect(page.locator(`h2[id="${id}"]`), id).toHaveText((await link.innerText()).trim());
    }
    const firstSection = contents.getByRole('link').nth(1);
    await firstSection.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${(await firstSection.getAttribute('href'))!.slice(1)}$`));
  });

  test('the header says how long the account takes to read, from the account’s own words', async ({ page }) => {
    await page.goto(STORY);
    const text = await page.locator('.story-body').evaluate((body, { marker, note }) => {
      const copy = body.cloneNode(true) as HTMLElement;
      // The account's own words: not the markers, their notes or what explains them, nor the skip links.
      copy.querySelectorAll(`${marker}, ${note}, .markers-explained, .section-note a, .photo-placeholder`).forEach((element) => element.remove());
      return copy.textContent ?? '';
    }, CLAIM);
    // Counted as the build counts them (lib/matching/words.ts), from what the page shows.
    const words = countWords(text);
    const minutes = Math.max(1, Math.round(words / 238));
    await expect(page.locator('.story-header .meta')).toContainText(`About ${minutes} minutes to read`);
  });

  test('the changes section gives every change with its date, the latest being the story’s updated date', async ({ page }) => {
    await page.goto(STORY);
    const section = page.getByRole('region', { name: 'Changes to this account' });
    const times = section.locator('li time');
    await expect(times).toHaveCount(2);
    await expect(times.first()).toHaveAttribute('datetime', '2026-11-22');
    await expect(section.locator('li').first()).toContainText('First published');
    const data = await citations(page);
    await expect(times.last()).toHaveAttribute('datetime', data.story.updated!);
    await expect(section.locator('li').last()).toContainText('citations changed form');
    await expect(page.locator('.story-header .meta time').last()).toHaveAttribute('datetime', data.story.updated!);
  });

  test('each archived article lists exactly the claims no other article reports, and the list of articles counts them', async ({ page }) => {
    const data = await citations(page);
    let total = 0;
    for (const source of data.sources) {
      const only = data.claims.filter((claim) => claim.corroboration.reporting === 1 && claim.reportedBy[0] === source.id);
      total += only.length;
      await page.goto(`${STORY}/sources/${source.id}`);
      const section = page.getByRole('region', { name: 'Claims only this article reports' });
      const links = section.getByRole('link');
      await expect(links, source.id).toHaveCount(only.length);
      expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)))).toEqual(only.map((claim) => claim.id));
      if (only.length === 0) await expect(section).toContainText('None');
      await page.goto(`${STORY}/sources`);
      const count = only.length === 0 ? 'No claim' : only.length === 1 ? '1 claim' : `${only.length} claims`;
      await expect(page.locator(`a[href$="/sources/${source.id}#only-here-heading"]`)).toContainText(count);
    }
    expect(total, 'some claims rest on one article').toBeGreaterThan(0);
  });

  test('no Listen control is offered without script', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('.story-header')).toBeVisible();
    await expect(page.getByRole('button', { name: /listen/i })).toHaveCount(0);
  });
});

/** A recording speechSynthesis: it says nothing and ends an utterance only when the test says so. */
function installSpeechRecorder() {
  const spoken: string[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  const fake = {
    paused: false,
    get speaking() {
      return current !== null;
    },
    pending: false,
    speak(utterance: SpeechSynthesisUtterance) {
      current = utterance;
      spoken.push(utterance.text);
    },
    cancel() {
      const interrupted = current;
      current = null;
      interrupted?.onerror?.call(interrupted, { error: 'interrupted' } as SpeechSynthesisErrorEvent);
    },
    pause() {
      fake.paused = true;
    },
    resume() {
      fake.paused = false;
    },
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  (window as unknown as { speechRecorder: object }).speechRecorder = {
    spoken,
    fake,
    /** Ends the utterance being spoken; the reader speaks the next, as a real voice would. */
    finish() {
      const done = current;
      current = null;
      done?.onend?.call(done, {} as SpeechSynthesisEvent);
      return current !== null;
    },
  };
}

type Recorder = { spoken: string[]; fake: { paused: boolean; speaking: boolean }; finish: () => boolean };
/** Runs `read` in the page on its recorder (the function travels as source text, as page.evaluate sends it). */
const recorder = <T,>(page: Page, read: (r: Recorder) => T) => page.evaluate(`(${read.toString()})(window.speechRecorder)`) as Promise<T>;

test.describe('read-aloud', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installSpeechRecorder);
  });

  test('never starts by itself; speaks the account in order, every heading and sensitive note, and no marker, claim’s note or skip link', async ({ page }) => {
    await page.goto(STORY);
    const listen = page.getByRole('button', { name: 'Listen to this account' });
    await expect(listen).toBeVisible();
    expect(await recorder(page, (r) => r.spoken)).toEqual([]);
    await listen.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause reading aloud' })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('Reading aloud from the start.');
    await recorder(page, (r) => {
      for (let i = 0; i < 5000 && r.finish(); i++);
    });
    const spoken = await recorder(page, (r) => r.spoken);
    const all = spoken.join(' ');
    expect(all).not.toMatch(/\bSkip\b/);
    // No marker ("3 articles"), nor what explains them, nor a word that only a claim's note says: its first line, its Close, who each cited article is.
    const apparatus = await page.locator('.story-body').evaluate((body, { marker, noteClaim, close, sourceLink }) => {
      const texts = (selector: string) => [...body.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
      return { markers: texts(marker), explained: texts('.markers-explained'), notes: [...texts(noteClaim), ...texts(close), ...texts(sourceLink)] };
    }, CLAIM);
    expect(apparatus.markers.length).toBeGreaterThan(0);
    expect(apparatus.explained).toHaveLength(1);
    expect(apparatus.notes.length).toBeGreaterThan(apparatus.markers.length * 3);
    expect(all).not.toMatch(/\b\d+ articles?\b/);
    expect(all).not.toContain(apparatus.explained[0]!.slice(0, 30));
    expect(new Set(apparatus.notes.filter((text) => all.includes(text)))).toEqual(new Set());
    const headings = await page.locator('.story-body h2').allInnerTexts();
    const announced = spoken.filter((s) => s.startsWith('Section: '));
    expect(announced).toEqual(headings.map((h) => `Section: ${h.trim()}.`));
    const notes = await page.locator('.story-body .sensitive > .section-note').evaluateAll((ps) =>
      ps.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('a').forEach((link) => link.remove());
        return copy.textContent!.trim();
      }),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(spoken, 'a sensitive passage’s note is spoken').toContain(note);
    // Every claim is spoken, in the account's order.
    const claims = (await citations(page)).claims.map((claim) => claim.text.replace(/\s+/g, ' ').trim());
    let from = 0;
    for (const claim of claims) {
      const at = all.indexOf(claim.slice(0, 40), from);
      expect(at, `claim spoken after the one before: ${claim}`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    await expect(page.getByRole('button', { name: 'Listen to this account' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Finished reading aloud.');
  });

  test('pause, resume and stop work from the keyboard, are named for screen readers, and the page stays accessible while playing', async ({ page }) => {
    await page.goto(STORY);
    await page.getByRole('button', { name: 'Listen to this account' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => recorder(page, (r) => r.spoken.length)).toBe(1);
    await expectNoAxeViolations(page, 'the story while reading aloud');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Resume reading aloud' })).toBeFocused();
    expect(await recorder(page, (r) => r.fake.paused)).toBe(true);
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Pause reading aloud' })).toBeFocused();
    expect(await recorder(page, (r) => r.fake.paused)).toBe(false);
    await recorder(page, (r) => r.finish());
    expect(await recorder(page, (r) => r.spoken.length)).toBe(2);
    // The sentence being spoken is the one highlighted on the page.
    const highlighted = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('read-aloud') ?? [])].map((range) => range.toString()));
    expect(highlighted).toEqual([await recorder(page, (r) => r.spoken[1])]);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Stop reading aloud' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Listen to this account' })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('Stopped.');
    expect(await recorder(page, (r) => r.fake.speaking)).toBe(false);
    // A stopped reading says nothing more, even if the voice reports the end of its last sentence late.
    await recorder(page, (r) => r.finish());
    expect(await recorder(page, (r) => r.spoken.length)).toBe(2);
  });

  test('stopped while paused, it can be started again and speaks', async ({ page }) => {
    await page.goto(STORY);
    await page.getByRole('button', { name: 'Listen to this account' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Resume reading aloud' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Listen to this account' })).toBeFocused();
    expect(await recorder(page, (r) => r.fake.paused)).toBe(false);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause reading aloud' })).toBeFocused();
    expect(await recorder(page, (r) => r.spoken)).toEqual(['Section: In brief.', 'Section: In brief.']);
  });

  test('from a link to a section (as the contents give one), it starts at that section', async ({ page }) => {
    await page.goto(`${STORY}#where-the-coverage-differs`);
    await page.getByRole('button', { name: 'Listen to this account' }).click();
    await expect(page.getByRole('status')).toHaveText('Reading aloud from “Where the coverage differs”.');
    expect(await recorder(page, (r) => r.spoken[0])).toBe('Section: Where the coverage differs.');
  });

  test('with no speech synthesis in the browser, no Listen control appears', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await page.goto(STORY);
    // The page's script has run, and chose to show nothing.
    await expect(page.locator('html[data-enhanced="true"]')).toBeAttached();
    await expect(page.getByRole('button', { name: /listen/i })).toHaveCount(0);
  });
});
