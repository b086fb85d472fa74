import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../content/build';
import { getStory } from '../content/store';
import { inMemoryStory } from '../../tests/support/fixtures';
import type { Story } from '../content/model';
import { markerId, noteId } from '../view/anchors';
import { ACCESSIBILITY_METADATA, CONFORMANCE } from './accessibility';
import { buildBook } from './book';
import { articleFile, BOOK_FILES, PUBLICATION_DIR } from './files';
import { bookSizeLabel } from './size';

const story = getStory('teigen-pregnancy-loss-essay')!;
const book = buildBook(story);
const files = unzipSync(book);
const text = (file: string) => strFromU8(files[`${PUBLICATION_DIR}/${file}`]!);
const xhtmlFiles = Object.keys(files).filter((name) => name.endsWith('.xhtml')).map((name) => name.slice(PUBLICATION_DIR.length + 1));

/** The ids a document defines, and every link it holds (the book writes every attribute double-quoted). */
const idsIn = (xml: string) => new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
const hrefsIn = (xml: string) => [...xml.matchAll(/\shref="([^"]+)"/g)].map((match) => match[1]!);
/** Where a link inside the book lands: its file (the same one when the link is "#id") and its id. */
const target = (from: string, href: string) => {
  const [file = '', id] = href.split('#');
  return { file: file === '' ? from : file, id };
};

describe('the book as a zip', () => {
  it('starts with mimetype, stored uncompressed, as OCF requires', () => {
    const view = new DataView(book.buffer, book.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true), 'compression method').toBe(0);
    expect(strFromU8(book.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(book.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('gives the same bytes from the same story, dated by the story’s last change', () => {
    expect(Buffer.from(buildBook(story)).equals(Buffer.from(book))).toBe(true);
    const dosDate = new DataView(book.buffer, book.byteOffset).getUint16(12, true);
    const date = `${1980 + (dosDate >> 9)}-${String((dosDate >> 5) & 15).padStart(2, '0')}-${String(dosDate & 31).padStart(2, '0')}`;
    expect(date).toBe(story.meta.updated);
  });
});

describe('the package document', () => {
  const opf = text(BOOK_FILES.package);
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"( linear="no")?/g)].filter((match) => !match[2]).map((match) => match[1]);

  it('reads in order: the content note, the account, its notes, the changes, then each archived article', () => {
    expect(spine).toEqual(['content-note', 'account', 'notes', 'changes', ...story.sources.map((source) => `article-${source.id}`)]);
  });

  it('states the EPUB Accessibility 1.1 metadata and its conformance', () => {
    for (const [property, value] of ACCESSIBILITY_METADATA) expect(opf).toContain(`<meta property="${property}">${value}</meta>`);
    expect(ACCESSIBILITY_METADATA.filter(([property]) => property === 'schema:accessibilityFeature').length).toBeGreaterThanOrEqual(3);
    expect(opf).toContain(`<meta property="dcterms:conformsTo">${CONFORMANCE}</meta>`);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT00:00:00Z<\/meta>/);
  });
});

describe('the content documents', () => {
  it('are each well-formed XML with the story’s language', () => {
    expect(xhtmlFiles.length).toBe(5 + story.sources.length);
    for (const file of xhtmlFiles) {
      expect(XMLValidator.validate(text(file)), file).toBe(true);
      expect(text(file), file).toContain(`lang="${story.meta.language}" xml:lang="${story.meta.language}"`);
    }
  });

  it('link only to ids that exist, in the book’s own documents', () => {
    for (const from of xhtmlFiles) {
      for (const href of hrefsIn(text(from)).filter((href) => !/^https?:/.test(href) && href !== BOOK_FILES.stylesheet)) {
        const { file, id } = target(from, href);
        expect(xhtmlFiles, `${from} → ${href}`).toContain(file);
        if (id) expect(idsIn(text(file)).has(id), `${from} → ${href}`).toBe(true);
      }
    }
  });

  it('give each claim one noteref to its note, whose back link returns to that noteref', () => {
    const account = text(BOOK_FILES.account);
    const notes = text(BOOK_FILES.notes);
    expect(account.match(/epub:type="noteref"/g)).toHaveLength(story.claims.length);
    for (const claim of story.claims) {
      expect(account).toContain(`<a id="${markerId(claim)}" href="${BOOK_FILES.notes}#${noteId(claim)}" epub:type="noteref" role="doc-noteref"`);
      const start = notes.indexOf(`<li id="${noteId(claim)}" epub:type="endnote">`);
      const note = notes.slice(start, notes.indexOf('epub:type="endnote"', start + 40) >>> 0);
      expect(note).toContain(`<a href="${BOOK_FILES.account}#${markerId(claim)}" role="doc-backlink">`);
    }
    expect(notes).toContain('epub:type="endnotes" role="doc-endnotes"');
  });

  it('carry the account’s own words as paragraphs, with nothing of their <Own> marking', () => {
    const account = text(BOOK_FILES.account);
    expect(account).toContain('<p>This account draws on five news articles');
    expect(account).not.toMatch(/<own\b/i);
  });

  it('keep every figure’s description and credit, and no popover attributes', () => {
    const account = text(BOOK_FILES.account);
    for (const figure of story.figures) {
      expect(account).toContain(figure.alt);
      expect(account).toContain(figure.credit);
    }
    for (const file of xhtmlFiles) expect(text(file), file).not.toMatch(/popover/);
  });

  it('keep each article’s language on its quotes in the notes and on its text', () => {
    const [first, ...others] = story.sources;
    const inFrench: Story = { ...story, sources: [{ ...first!, meta: { ...first!.meta, language: 'fr' } }, ...others] };
    const frenchFiles = unzipSync(buildBook(inFrench));
    const read = (file: string) => strFromU8(frenchFiles[`${PUBLICATION_DIR}/${file}`]!);
    const quotesOfFirst = story.claims.flatMap((claim) => claim.citations).filter((citation) => citation.sourceId === first!.id).length;
    expect(read(BOOK_FILES.notes).match(/<blockquote lang="fr" xml:lang="fr">/g)).toHaveLength(quotesOfFirst);
    expect(read(articleFile(first!.id))).toContain('<div lang="fr" xml:lang="fr">');
  });
});

describe('bookSizeLabel', () => {
  it('states the size in whole kilobytes of 1,024 bytes, never zero', () => {
    expect(bookSizeLabel(30_001)).toBe('EPUB, 29 KB');
    expect(bookSizeLabel(30_500)).toBe('EPUB, 30 KB');
    expect(bookSizeLabel(10)).toBe('EPUB, 1 KB');
  });
});

describe('an editor’s comment in the account', () => {
  it('is left out of the book, as out of the page', () => {
    const { story: commented } = buildStory(inMemoryStory('{/* Block note to editors. */}\n\nA claim.<Cite source="heart" quote="a claim" /> {/* Inline note. */}\n', { heart: 'A claim.' }));
    const account = strFromU8(unzipSync(buildBook(commented!))[`${PUBLICATION_DIR}/${BOOK_FILES.account}`]!);
    expect(account).toContain('A claim.');
    expect(account).not.toMatch(/note to editors|Inline note|\/\*/i);
  });
});
