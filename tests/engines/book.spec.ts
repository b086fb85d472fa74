/**
 * The book in each engine: the story's link downloads the EPUB, and the file
 * the engine saves is the very book the site builds, not a page shown in its place.
 */
import { buildBook } from '../../lib/book/book';
import { getStory } from '../../lib/content/store';
import { expect, test } from './fixtures';
import { BOOK, passContentNote, SLUG, STORY } from './site';

test('the story’s “Download as an e-book” link saves the story’s EPUB, byte for byte', async ({ reader }) => {
  await passContentNote(reader);
  await reader.open(STORY);
  const link = `a[href="${BOOK}"][download]`;
  expect(await reader.run((s) => document.querySelector(s)?.textContent, link)).toMatch(/^Download as an e-book \(EPUB, \d+ KB\)$/);
  const saved = await reader.download(link);
  expect(saved.equals(Buffer.from(buildBook(getStory(SLUG)!))), `the saved file (${saved.length} bytes) is the book`).toBe(true);
  // Saving it left the reader where they were.
  expect((await reader.url()).pathname).toBe(STORY);
});
