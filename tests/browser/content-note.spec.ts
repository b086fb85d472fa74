import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { buildStory } from '../../lib/content/build';
import { readStoryFiles } from '../../lib/content/files';
import { medicalDetailIn } from '../../lib/content/rules/medical-words';
import { bookPath, gatedStoryRests } from '../../lib/view/routes';
import { CLAIM, claimParts, expectNoAxeViolations, isInViewport, openNote, passContentNote, scrollSettled, tabTo } from './support';

/**
 * The content note before the story (issue 4). Every test starts in a fresh
 * browser context, as a reader who has never chosen; most run with JavaScript
 * on and off, since everything here must work as plain HTML.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;
const ACTION = `${STORY}/content-note`;
const NOTE_HEADING = '#content-note-title';
/** Every gated page of the story, from the one table of a story's pages, and its book, gated as the story is. */
const GATED_PAGES = [
  ...gatedStoryRests(readStoryFiles(SLUG)!.sources.map((source) => source.id)).map((rest) => [STORY, ...rest].join('/')),
  bookPath(SLUG),
];

/** Links into the account a reader may be given: to a claim's words, and to its note (which opens as the page's target). */
const FIRST_CLAIM = claimParts(buildStory(readStoryFiles(SLUG)!).story!.claims[0]!.id);

/** HTML (with its inline RSC payload) reduced to lowercase words, so a passage is found however it was escaped. */
function words(html: string): string {
  return html
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|amp|lt|gt|apos|nbsp);/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every passage of the story that a gated reader must not receive: each claim, each quote, each quoted passage. */
async function storyPassages(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`${STORY}/citations.json`);
  expect(response.ok()).toBe(true);
  const data = (await response.json()) as { claims: { text: string; citations: { quote: string; passage: string }[] }[] };
  const passages = data.claims.flatMap((claim) => [claim.text, ...claim.citations.flatMap((c) => [c.quote, c.passage])]);
  return [...new Set(passages.map(words).filter((passage) => passage.split(' ').length >= 4))];
}

const leaked = (html: string, passages: string[]) => {
  const text = ` ${words(html)} `;
  return passages.filter((passage) => text.includes(` ${passage} `));
};

async function expectNote(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator(NOTE_HEADING)).toContainText('Content note');
  await expect(page.locator(NOTE_HEADING)).toContainText('Chrissy Teigen');
  await expect(page.locator('.story-body')).toHaveCount(0);
}

async function expectStory(page: Page) {
  await expect(page.locator(NOTE_HEADING)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
}

async function cookieOf(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === CONTENT_NOTE_COOKIE);
}

for (const javaScriptEnabled of [true, false]) {
  const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

  test.describe(`content note with ${mode}`, () => {
    test.use({ javaScriptEnabled });

    test('given any link into the story, the first response is the note and holds none of the story’s text', async ({ page, request }) => {
      const passages = await storyPassages(request);
      expect(passages.length).toBeGreaterThan(100);
      // (Each address another document than the one before it, or going there would only move within that one.)
      for (const path of [...GATED_PAGES, `${STORY}${FIRST_CLAIM.words}`, `${STORY}/sources/heart#p-7`, `${STORY}${FIRST_CLAIM.note}`, `${STORY}/sources/heart#p-7-1`]) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          expect(response?.status()).toBe(200);
          const html = await response!.text();
          expect(leaked(html, passages), `story text in the response for ${path}`).toEqual([]);
          await expectNote(page);
          expect(new URL(page.url()).pathname).toBe(path.split('#')[0]);
          // Nothing of the story arrives later either: the page as rendered holds none of it.
          expect(leaked(await page.content(), passages)).toEqual([]);
        });
      }
      // The check would notice: the story itself, once chosen, holds those passages.
      await passContentNote(page.context(), new URL(page.url()).origin, SLUG);
      const story = await page.goto(STORY);
      expect(leaked(await story!.text(), passages).length).toBeGreaterThan(100);
    });

    test('the note is calm and brief: its heading is the only h1 and has focus, the topics come before the choices, under 60 words', async ({ page }) => {
      await page.goto(STORY);
      await expect(page.locator(NOTE_HEADING)).toBeFocused();
      const layout = await page.evaluate(() => {
        const heading = document.querySelector('h1')!;
        const choices = document.querySelector('.content-note-choices')!;
        const range = document.createRange();
        range.setStartBefore(heading);
        range.setEndBefore(choices);
        const before = range.toString();
        const topics = [...document.querySelectorAll('.content-note-topics li')].map((li) => li.textContent);
        const topicsFirst = Boolean(document.querySelector('.content-note-topics')!.compareDocumentPosition(choices) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { words: before.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, topics, topicsFirst };
      });
      expect(layout.words).toBeLessThanOrEqual(60);
      expect(layout.topics).toEqual(['pregnancy loss at 20 weeks', 'hospital and medical detail', 'grief', 'descriptions of photographs']);
      expect(layout.topicsFirst).toBe(true);
      const choices = page.getByRole('list', { name: 'Your choices' });
      await expect(choices.getByRole('button', { name: 'Continue to the story' })).toBeVisible();
      await expect(choices.getByRole('link', { name: 'Read a short summary instead' })).toHaveAttribute('href', `${STORY}/summary`);
      await expect(choices.getByRole('link', { name: 'Go back' })).toHaveAttribute('href', '/');
      // Support is named on the note, and again at the end of the story.
      await expect(page.getByRole('link', { name: 'The Miscarriage Association' })).toBeVisible();
    });

    test('continuing by keyboard alone reaches the story page the reader was going to, and the choice is remembered', async ({ page }) => {
      const deepLink = `${STORY}/sources/heart#p-7`;
      await page.goto(deepLink);
      await expect(page.locator(NOTE_HEADING)).toBeFocused();
      // The enhancement has added the fragment the server never saw (without script the field keeps the bare path).
      await expect(page.locator('input[name="return"]')).toHaveValue(javaScriptEnabled ? deepLink : `${STORY}/sources/heart`);
      await tabTo(page, 'button[value="continue"]');
      await page.keyboard.press('Enter');
      if (javaScriptEnabled) {
        // The fragment travels with the choice: the reader lands on the paragraph.
        await expect(page).toHaveURL(new RegExp(`${deepLink}$`));
        await expect.poll(() => isInViewport(page, '#p-7')).toBe(true);
      } else {
        // Browsers never send the fragment; without script the reader lands on the right page, at its heading.
        await expect(page).toHaveURL(new RegExp(`${STORY}/sources/heart#source-title$`));
        await expect.poll(() => isInViewport(page, '#source-title')).toBe(true);
      }
      await expectStory(page);
      await expect(page.locator('#p-7')).toBeAttached();

      const cookie = await cookieOf(page);
      expect(cookie).toMatchObject({ value: SLUG, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600);
      if (javaScriptEnabled) {
        expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
      }

      await page.reload();
      await expectStory(page);
      const other = await page.context().newPage();
      await other.goto(STORY);
      await expectStory(other);
      await expect(other.locator('.story-body')).toBeVisible();
      await other.goto(`${STORY}/sources`);
      await expectStory(other);
    });

    test('continuing from the story’s own address starts reading at the story’s heading', async ({ page }) => {
      await page.goto(STORY);
      await tabTo(page, 'button[value="continue"]');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${STORY}#story-title$`));
      const heading = page.locator('h1#story-title');
      await expect(heading).toHaveText('Chrissy Teigen\'s essay on losing her son Jack');
      // The fragment is applied once the document has been parsed after the redirect: wait for it, as a reader would.
      await expect.poll(() => heading.evaluate((h1) => h1.matches(':target'))).toBe(true);
      await expect.poll(() => isInViewport(page, '#story-title')).toBe(true);
      // Sequential focus starts at the heading: the next Tab goes to what follows it, not to the site header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => {
        const focused = document.activeElement!;
        return Boolean(document.getElementById('story-title')!.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
      })).toBe(true);
    });

    test('"Show content notes again" brings the note back, for this story only', async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: CONTENT_NOTE_COOKIE, value: `another-story,${SLUG}`, url: baseURL!, httpOnly: true, sameSite: 'Lax' }]);
      for (const path of [`${STORY}/sources/heart`, STORY]) {
        await page.goto(path);
        await expectStory(page);
        const again = page.getByRole('button', { name: 'Show content notes again' });
        await expect(again).toBeVisible();
        await again.focus();
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(new RegExp(`${path}$`));
        await expectNote(page);
        await expect(page.locator(NOTE_HEADING)).toBeFocused();
        expect((await cookieOf(page))?.value).toBe('another-story');
        // Continue again, for the next round.
        await page.getByRole('button', { name: 'Continue to the story' }).click();
        await expectStory(page);
      }
    });

    test('the summary is reached from the note, is cited, and never shows medical detail', async ({ page }) => {
      await page.goto(`${STORY}/sources/heart#p-3`);
      await page.getByRole('link', { name: 'Read a short summary instead' }).click();
      await expect(page).toHaveURL(new RegExp(`${STORY}/summary$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/a short summary/);
      const markers = page.locator(`.story-body ${CLAIM.marker}`);
      await expect(markers.first()).toBeVisible();
      // One marker per claim, and the summary has at least eight cited claims, each with its note (closed until followed).
      expect(await markers.count()).toBeGreaterThanOrEqual(8);
      await expect(page.locator(`.story-body ${CLAIM.note}`)).toHaveCount(await markers.count());
      await expect(page.locator(`.story-body ${CLAIM.note}`).first()).toBeHidden();
      const note = await openNote(page, markers.first());
      await expect(note.locator(CLAIM.quote).first()).toBeVisible();
      // The medical detail the reader chose not to read: the same words the build refuses in the summary.
      expect(medicalDetailIn(await page.locator('body').innerText())).toEqual([]);
      // Nor does the summary's own response, inline data included.
      expect(medicalDetailIn(await (await page.request.get(`${STORY}/summary`)).text())).toEqual([]);
      await expect(page.getByRole('link', { name: 'The Miscarriage Association' })).toBeVisible();
      // Choosing the summary is not choosing the story: the story still begins with its note.
      expect(await cookieOf(page)).toBeUndefined();
      await page.getByRole('link', { name: 'Read the full story' }).click();
      await expect(page).toHaveURL(new RegExp(`${STORY}$`));
      await expectNote(page);
    });

    test('"Go back" returns to the home page and leaves the story unchosen', async ({ page }) => {
      await page.goto(STORY);
      await page.getByRole('link', { name: 'Go back' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
      expect(await cookieOf(page)).toBeUndefined();
    });

    test('a story page has its section notes, and "Skip medical details" jumps past the passage', async ({ page, baseURL }) => {
      await passContentNote(page.context(), baseURL!, SLUG);
      await page.goto(STORY);
      const passages = page.locator('.story-body .sensitive');
      expect(await passages.count()).toBeGreaterThanOrEqual(2);
      const notes = await passages.locator('.section-note').allInnerTexts();
      expect(notes[0]).toBe('This passage contains medical details. Skip medical details');
      expect(notes[1]).toBe('This passage contains descriptions of photographs. Skip descriptions of photographs');
      // The graphic passages are inside section notes; nothing of the account's own words stands outside one.
      // (A claim's note, shown only when the reader opens it, quotes its articles as they are: it is not the account.)
      const exposed = await page.locator('.story-body p, .story-body li').evaluateAll(
        (blocks, note) =>
          blocks
            .map((block) => {
              const words = block.cloneNode(true) as HTMLElement;
              words.querySelectorAll(note).forEach((element) => element.remove());
              return { block, text: words.textContent ?? '' };
            })
            .filter(({ block, text }) => !block.closest('.sensitive') && /bleeding|bled for|transfusion|placenta|delivered Jack|hands and feet|oxygen/i.test(text))
            .map(({ text }) => text.slice(0, 80)),
        CLAIM.note,
      );
      expect(exposed).toEqual([]);

      const skip = page.getByRole('link', { name: 'Skip medical details' });
      await tabTo(page, '.story-body .sensitive .section-note a[href^="#after-sensitive-"]');
      await expect(skip).toBeFocused();
      const target = (await skip.getAttribute('href'))!;
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      await expect.poll(() => isInViewport(page, target)).toBe(true);
      // The next Tab goes past the passage: the focused element follows the whole section.
      await page.keyboard.press('Tab');
      const pastPassage = await page.evaluate(() => {
        const passage = document.querySelector('.story-body .sensitive')!;
        const focused = document.activeElement!;
        return !passage.contains(focused) && Boolean(passage.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(pastPassage).toBe(true);
    });
  });
}

test('with JavaScript on, continuing from a link to a claim’s note opens that note in place, and from a link to a claim lands on its words', async ({ page }) => {
  for (const target of [FIRST_CLAIM.note, FIRST_CLAIM.words]) {
    await page.context().clearCookies();
    // From another document: the second address differs from the first only by its fragment.
    await page.goto('about:blank');
    await page.goto(`${STORY}${target}`);
    await expectNote(page);
    // The enhancement adds the fragment the server never saw; the choice carries it to the story.
    await expect(page.locator('input[name="return"]')).toHaveValue(`${STORY}${target}`);
    await page.getByRole('button', { name: 'Continue to the story' }).click();
    await expect(page).toHaveURL(new RegExp(`${STORY}${target}$`));
    await expectStory(page);
    await expect(page.locator(`${target}:target`), target).toBeVisible();
    await scrollSettled(page);
    expect(await isInViewport(page, target), target).toBe(true);
  }
});

test.describe('the note’s form', () => {
  test('a return address forged into the note’s form (JavaScript on) still lands inside the story', async ({ page }) => {
    await page.goto(`${STORY}/sources`);
    await page.locator('input[name="return"]').evaluate((input) => ((input as HTMLInputElement).value = '//evil.example/stories'));
    await page.getByRole('button', { name: 'Continue to the story' }).click();
    await expect(page).toHaveURL(new RegExp(`^${new URL(page.url()).origin}${STORY}#story-title$`));
    await expectStory(page);
  });

  const hostileReturns = [
    '//evil.example',
    'https://evil.example/',
    'javascript:alert(document.domain)',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/\\evil.example',
    '\\\\evil.example',
    `${STORY}/../../evil`,
    `${STORY}/..%2F..%2Fevil`,
    `${STORY}@evil.example`,
    `${STORY}.evil.example`,
    `/stories/another-story`,
    `http:evil.example`,
    ` //evil.example`,
  ];

  for (const value of hostileReturns) {
    test(`an open-redirect attempt (${JSON.stringify(value)}) stays inside the story`, async ({ request, baseURL }) => {
      const response = await request.post(ACTION, { form: { choice: 'continue', return: value }, maxRedirects: 0 });
      expect(response.status()).toBe(303);
      const location = response.headers()['location']!;
      expect(location).toBe(`${STORY}#story-title`);
      expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test('a path inside the story is kept, with its anchor; an unsafe anchor is dropped', async ({ request }) => {
    const go = async (value: string) =>
      (await request.post(ACTION, { form: { choice: 'continue', return: value }, maxRedirects: 0 })).headers()['location'];
    expect(await go(`${STORY}/sources/heart#p-7`)).toBe(`${STORY}/sources/heart#p-7`);
    expect(await go(`${STORY}${FIRST_CLAIM.note}`)).toBe(`${STORY}${FIRST_CLAIM.note}`);
    expect(await go(`${STORY}${FIRST_CLAIM.words}`)).toBe(`${STORY}${FIRST_CLAIM.words}`);
    expect(await go(`${STORY}/sources`)).toBe(`${STORY}/sources#sources-title`);
    // The unsafe anchor goes; reading then starts at the page's heading, as with no anchor.
    expect(await go(`${STORY}/sources/heart#"><script>alert(1)</script>`)).toBe(`${STORY}/sources/heart#source-title`);
  });

  test('only this site’s pages may post a choice: another site cannot make a reader skip the note', async ({ request }) => {
    const attempts: Record<string, string>[] = [{ 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, { Origin: 'https://evil.example' }];
    for (const headers of attempts) {
      const response = await request.post(ACTION, { form: { choice: 'continue', return: STORY }, headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });

  test('a malformed choice is refused, and the form’s address sends a visitor to the story', async ({ request }) => {
    expect((await request.post(ACTION, { form: { choice: 'skip-everything' }, maxRedirects: 0 })).status()).toBe(400);
    expect((await request.post(ACTION, { data: { choice: 'continue' }, maxRedirects: 0 })).status()).toBe(415);
    expect((await request.post(ACTION, { form: { choice: 'continue', return: 'x'.repeat(5000) }, maxRedirects: 0 })).status()).toBe(413);
    expect((await request.post('/stories/no-such-story/content-note', { form: { choice: 'continue' }, maxRedirects: 0 })).status()).toBe(404);
    const visit = await request.get(ACTION, { maxRedirects: 0 });
    expect(visit.status()).toBe(303);
    expect(visit.headers()['location']).toBe(STORY);
  });
});

test.describe('headers and routes', () => {
  const expectPrivate = (headers: Record<string, string>, what: string) => {
    expect(headers['cache-control'], `Cache-Control of ${what}`).toMatch(/\bprivate\b/);
    expect(headers['cache-control'], `Cache-Control of ${what}`).toMatch(/\bno-store\b/);
    expect(headers['cache-control'], `Cache-Control of ${what}`).not.toMatch(/s-maxage|public/);
    expect(headers['vary'] ?? '', `Vary of ${what}`).toMatch(/(^|,\s*)cookie(\s*,|$)/i);
  };

  test('every gated response, note or story, is private, uncacheable and varies by Cookie', async ({ playwright, baseURL }) => {
    for (const cookie of [undefined, `${CONTENT_NOTE_COOKIE}=${SLUG}`]) {
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: cookie ? { Cookie: cookie } : {} });
      for (const path of GATED_PAGES) {
        const response = await request.get(path);
        expect(response.status()).toBe(200);
        const body = await response.text();
        expect(body.includes('id="content-note-title"'), `${path} ${cookie ? 'with' : 'without'} the cookie`).toBe(!cookie);
        expectPrivate(response.headers(), `${path} ${cookie ? 'after continuing' : '(the note)'}`);
      }
      await request.dispose();
    }
  });

  test('the continue response itself is never stored', async ({ request }) => {
    const response = await request.post(ACTION, { form: { choice: 'continue', return: STORY }, maxRedirects: 0 });
    expect(response.headers()['cache-control']).toMatch(/no-store/);
    expect(response.headers()['set-cookie']).toMatch(new RegExp(`^${CONTENT_NOTE_COOKIE}=${SLUG}; Max-Age=\\d+; Path=/; HttpOnly; SameSite=Lax$`));
  });

  test('from the home page with JavaScript on, a story’s link loads its note as a whole page; a data request for it (RSC) is gated and private too', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Chrissy Teigen\'s essay on losing her son Jack' }).click();
    await expect(page).toHaveURL(new RegExp(`${STORY}$`));
    await expectNote(page);
    await expect(page.locator(NOTE_HEADING)).toBeFocused();
    // What a client-side navigation would ask for, had the page a runtime to make one.
    const data = await request.get(STORY, { headers: { RSC: '1' } });
    expectPrivate(data.headers(), 'an RSC response of the story');
    expect(leaked(await data.text(), await storyPassages(request))).toEqual([]);
  });

  test('citations.json and the summary stay ungated', async ({ request }) => {
    const data = await request.get(`${STORY}/citations.json`);
    expect(data.ok()).toBe(true);
    expect(data.headers()['content-type']).toMatch(/application\/json/);
    const summary = await request.get(`${STORY}/summary`);
    expect(summary.ok()).toBe(true);
    expect(await summary.text()).not.toContain('id="content-note-title"');
  });

  test('the note route cannot be visited directly, and pages that do not exist are 404s, gated or not', async ({ page, request }) => {
    expect((await request.get(`/content-note/${SLUG}`)).status()).toBe(404);
    // Only the proxy's rewrite carries the gated path; a forged one cannot point the note anywhere else.
    expect((await request.get(`/content-note/${SLUG}`, { headers: { 'x-reader-gated-path': '//evil.example' } })).status()).toBe(404);
    for (const path of ['/stories/no-such-story', `${STORY}/sources/no-such-source`, `${STORY}/sources/..%2f..%2fpackage.json`, `/stories/no-such-story/sources`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});

for (const scripts of ['on', 'off'] as const) {
  test.describe(`axe with JavaScript ${scripts}`, () => {
    // axe runs as a script itself, so "off" is the server's HTML with every page script blocked.
    test.beforeEach(async ({ page }) => {
      if (scripts === 'off') await page.route(/\.js(\?.*)?$/, (route) => route.abort());
    });

    test('finds zero violations on the note, wherever it is met', async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of [STORY, `${STORY}/sources/heart`]) {
        await page.goto(path);
        await expectNote(page);
        await expectNoAxeViolations(page, `the content note at ${path} (JavaScript ${scripts})`);
      }
    });

    test('finds zero violations on the summary', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`${STORY}/summary`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/a short summary/);
      await expectNoAxeViolations(page, `the summary (JavaScript ${scripts})`);
    });

    test('finds zero violations on the story with its section notes, before and after skipping one', async ({ page, baseURL }) => {
      test.setTimeout(240_000);
      await passContentNote(page.context(), baseURL!, SLUG);
      await page.goto(STORY);
      expect(await page.locator('.story-body .sensitive').count()).toBeGreaterThanOrEqual(2);
      await expectNoAxeViolations(page, `the story with section notes (JavaScript ${scripts})`);
      await page.goto(`${STORY}#after-sensitive-1`);
      await expectNoAxeViolations(page, `the story after skipping medical details (JavaScript ${scripts})`);
    });
  });
}
