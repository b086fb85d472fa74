import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { Story } from '../content/model';
import { lastChanged } from '../view/dates';
import { PART_TITLES } from '../view/labels';
import { storyPath } from '../view/routes';
import { absoluteUrl, SITE_NAME } from '../view/site';
import { ACCESSIBILITY_METADATA } from './accessibility';
import { BOOK_FILES, linkTo, PUBLICATION_DIR } from './files';
import { xmlDeclaration, type BookDocument } from './xhtml';

/**
 * The EPUB's own files around the content documents: the OCF container that
 * points at the package, the package document (metadata, manifest, spine) and
 * the navigation document (table of contents and landmarks). Serialised from
 * xast/hast, like the content documents.
 */

const idOf = (file: string) => file.replace(/\.[a-z]+$/, '').replace(/[^A-Za-z0-9-]/g, '-');

export function containerXml(): string {
  return `${xmlDeclaration}${toXml(
    x('container', { xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container', version: '1.0' }, [
      x('rootfiles', [x('rootfile', { 'full-path': `${PUBLICATION_DIR}/${BOOK_FILES.package}`, 'media-type': 'application/oebps-package+xml' })]),
    ]),
  )}\n`;
}

function metadata(story: Story) {
  const { meta } = story;
  return x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
    x('dc:identifier', { id: 'book-id' }, absoluteUrl(storyPath(story.slug))),
    x('dc:title', meta.title),
    x('dc:language', meta.language),
    x('dc:publisher', SITE_NAME),
    x('dc:date', meta.published),
    x('dc:description', meta.summary),
    // The story's own date, not the build's: the same content gives the same book.
    x('meta', { property: 'dcterms:modified' }, `${lastChanged(meta)}T00:00:00Z`),
    ...ACCESSIBILITY_METADATA.map(([property, value]) => x('meta', { property }, value)),
  ]);
}

/** The package document: the documents in reading order, the content note first. */
export function packageOpf(story: Story, documents: readonly BookDocument[]): string {
  const item = (file: string, mediaType: string, properties?: string) => x('item', { id: idOf(file), href: file, 'media-type': mediaType, ...(properties ? { properties } : {}) });
  return `${xmlDeclaration}${toXml(
    x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': story.meta.language }, [
      metadata(story),
      x('manifest', [
        item(BOOK_FILES.nav, 'application/xhtml+xml', 'nav'),
        item(BOOK_FILES.stylesheet, 'text/css'),
        ...documents.map((document) => item(document.file, 'application/xhtml+xml')),
      ]),
      // The contents page is in the spine (links to it must land somewhere) but out of the reading order.
      x('spine', [
        ...documents.map((document) => x('itemref', { idref: idOf(document.file) })),
        x('itemref', { idref: idOf(BOOK_FILES.nav), linear: 'no' }),
      ]),
    ]),
  )}\n`;
}

export const TOC_ID = 'toc';
const TOC_HEADING_ID = 'toc-heading';
export const TOC_TITLE = 'Contents';

/** One entry of the table of contents, with the entries under it. */
export interface TocEntry {
  title: string;
  href: string;
  children: TocEntry[];
}

/** Every document in reading order, the account with its sections. */
export const tocEntries = (documents: readonly BookDocument[]): TocEntry[] =>
  documents.map((document) => ({
    title: document.title,
    href: document.file,
    children: (document.sections ?? []).map((section) => ({ title: section.title, href: linkTo(document.file, section.id), children: [] })),
  }));

function tocList(entries: readonly TocEntry[]): Element {
  return h(
    'ol',
    entries.map((entry) => h('li', [h('a', { href: entry.href }, entry.title), ...(entry.children.length > 0 ? [tocList(entry.children)] : [])])),
  );
}

/**
 * The navigation document's body: the table of contents, and landmarks. No
 * "bodymatter" landmark: apps open a book there, and this one must open on
 * its content note, the first document of the spine.
 */
export function navigationBody(documents: readonly BookDocument[]): ElementContent[] {
  return [
    h('main', [
      h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: TOC_ID, ariaLabelledBy: TOC_HEADING_ID }, [h('h1', { id: TOC_HEADING_ID }, TOC_TITLE), tocList(tocEntries(documents))]),
      h('nav', { 'epub:type': 'landmarks', ariaLabel: 'Landmarks', hidden: true }, [
        h('ol', [
          h('li', [h('a', { 'epub:type': 'toc', href: linkTo(BOOK_FILES.nav, TOC_ID) }, TOC_TITLE)]),
          h('li', [h('a', { 'epub:type': 'endnotes', href: BOOK_FILES.notes }, PART_TITLES.notes)]),
        ]),
      ]),
    ]),
  ];
}
