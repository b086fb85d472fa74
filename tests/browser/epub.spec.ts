import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { buildBook } from '../../lib/book/book';
import { BOOK_FILES, PUBLICATION_DIR } from '../../lib/book/files';
import { bookSizeLabel } from '../../lib/book/size';
import { getStory } from '../../lib/content/store';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { bookPath, storyPath } from '../../lib/view/routes';
import { ace } from '../support/ace';
import { epubcheck } from '../support/epubcheck';
import { expectNoAxeViolations, passContentNote } from './support';

/**
 * The story as an e-book: served only past the content note, as the story is;
 * valid (epubcheck), accessible (axe on every document of the book), its notes
 * linked both ways, and the same bytes as the book built from the same content.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const BOOK = bookPath(SLUG);
const withCookie = (value: string) => ({ headers: { Cookie: `${CONTENT_NOTE_COOKIE}=${value}` } });

async function fetchBook(request: APIRequestContext): Promise<Buffer> {
  const response = await request.get(BOOK, withCookie(SLUG));
  expect(response.status()).toBe(200);
  return response.body();
}

test.describe('the e-book at /stories/<slug>.epub', () => {
  test('given a reader who has passed the note, it is an EPUB download that no cache keeps', async ({ request }) => {
    const response = await request.get(BOOK, withCookie(SLUG));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/epub+zip');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${SLUG}.epub"`);
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['vary']).toMatch(/\bCookie\b/);
  });

  for (const [who, cookie] of [
    ['no cookie', undefined],
    ['a forged cookie holding the slug inside another word', `x${SLUG}`],
    ['a forged cookie holding a longer slug', `${SLUG}-2`],
    ['a cookie for another story only', 'another-story'],
  ] as const) {
    test(`given ${who}, it is the content note, never the book`, async ({ request }) => {
      const response = await request.get(BOOK, cookie ? withCookie(cookie) : {});
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      expect(await response.text()).toContain('Continue to the story');
    });
  }

  test('given a request for the internal route, or for the book of no story, it is the 404 page', async ({ request }) => {
    for (const target of [`/e-book/${SLUG}`, '/stories/no-such-story.epub']) {
      const response = await request.get(target, withCookie(SLUG));
      expect(response.status(), target).toBe(404);
      expect(response.headers()['content-type'], target).toMatch(/^text\/html/);
    }
  });

  test('given the same content, it is the very bytes the book is built from in another process', async ({ request }) => {
    const served = await fetchBook(request);
    expect(served.equals(Buffer.from(buildBook(getStory(SLUG)!)))).toBe(true);
  });
});

test.describe('the story page’s link to the book', () => {
  test('states the size of the file it downloads, and downloads it under the story’s name', async ({ page, context, baseURL, request }) => {
    await passContentNote(context, baseURL!, SLUG);
    await page.goto(storyPath(SLUG));
    const link = page.getByRole('link', { name: /^Download as an e-book/ });
    const served = await fetchBook(request);
    await expect(link).toHaveText(`Download as an e-book (${bookSizeLabel(served.length)})`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${SLUG}.epub`);
  });
});

test.describe('the book checked by its own tools', () => {
  let dir: string;
  let file: string;
  test.beforeAll(async ({ request }) => {
    dir = mkdtempSync(path.join(tmpdir(), 'reader-epub-'));
    file = path.join(dir, `${SLUG}.epub`);
    writeFileSync(file, await fetchBook(request));
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('epubcheck finds no fatal error, error, warning or info', () => {
    test.setTimeout(120_000);
    const messages = epubcheck(file);
    expect(messages.filter((m) => m.severity !== 'USAGE')).toEqual([]);
    // Its one usage note: no NCX, the table of contents of EPUB 2 readers; EPUB 3 has the nav document instead.
    expect(messages.map((m) => m.id)).toEqual(['NCX-003']);
  });

  test('DAISY Ace passes it, with no violation, and finds its accessibility metadata', () => {
    test.setTimeout(180_000);
    const result = ace(file);
    expect(result.violations).toEqual([]);
    expect(result.outcome).toBe('pass');
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary', 'dcterms:conformsTo']) {
      expect(result.metadata.present, property).toContain(property);
    }
  });
});

/** The book's files, served from an origin of their own, so each XHTML document loads as XML with its stylesheet, as a reading app would. */
const BOOK_ORIGIN = 'http://book.invalid';

async function openBook(page: Page, request: APIRequestContext) {
  const files = unzipSync(await fetchBook(request));
  await page.route(`${BOOK_ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    const body = files[name];
    if (!body) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: Buffer.from(body), contentType: name.endsWith('.css') ? 'text/css' : 'application/xhtml+xml' });
  });
  const documents = Object.keys(files).filter((name) => name.endsWith('.xhtml'));
  return { documents, url: (file: string) => `${BOOK_ORIGIN}/${file}`, text: (file: string) => strFromU8(files[file]!) };
}

test.describe('the book’s documents in a browser', () => {
  test('axe finds no violation in any XHTML document of the book', async ({ page, request }) => {
    test.setTimeout(90_000);
    const book = await openBook(page, request);
    expect(book.documents.length).toBeGreaterThan(5);
    for (const file of book.documents) {
      const response = await page.goto(book.url(file));
      expect(response?.headers()['content-type'], file).toBe('application/xhtml+xml');
      await expectNoAxeViolations(page, file);
    }
  });

  test('every noteref lands on its note, and the note’s back link lands on that noteref', async ({ page, request }) => {
    const book = await openBook(page, request);
    const account = `${PUBLICATION_DIR}/${BOOK_FILES.account}`;
    const notes = `${PUBLICATION_DIR}/${BOOK_FILES.notes}`;
    await page.goto(book.url(account));
    const refs = await page.locator('a[role="doc-noteref"]').evaluateAll((links) => links.map((link) => ({ id: link.id, href: link.getAttribute('href')! })));
    expect(refs.length).toBe(getStory(SLUG)!.claims.length);
    await page.goto(book.url(notes));
    for (const ref of refs) {
      const [file, noteId] = ref.href.split('#');
      expect(file, ref.id).toBe(BOOK_FILES.notes);
      const note = page.locator(`[id="${noteId}"]`);
      await expect(note, ref.id).toHaveAttribute('epub:type', 'endnote');
      await expect(note.locator('a[role="doc-backlink"]'), ref.id).toHaveAttribute('href', `${BOOK_FILES.account}#${ref.id}`);
    }
    // And the round trip, followed as a reader would: to the first note and back.
    await page.goto(book.url(account));
    await page.locator('a[role="doc-noteref"]').first().click();
    await expect(page).toHaveURL(book.url(`${notes}#${refs[0]!.href.split('#')[1]}`));
    await page.locator(':target a[role="doc-backlink"]').click();
    await expect(page).toHaveURL(book.url(`${account}#${refs[0]!.id}`));
    await expect(page.locator(':target')).toHaveAttribute('role', 'doc-noteref');
  });
});
