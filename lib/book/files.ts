/**
 * The book's file names and the links between them, in one place (as
 * lib/view/anchors.ts is for the pages): every document that carries an id
 * and every link to it inside the book take the file's name from here.
 */

/** The folder of the publication's own files inside the zip; the OPF's hrefs are relative to it. */
export const PUBLICATION_DIR = 'EPUB';

export const BOOK_FILES = {
  package: 'package.opf',
  nav: 'nav.xhtml',
  stylesheet: 'book.css',
  contentNote: 'content-note.xhtml',
  account: 'account.xhtml',
  notes: 'notes.xhtml',
  changes: 'changes.xhtml',
} as const;

/** Each archived article is an appendix of its own. */
export const articleFile = (sourceId: string) => `article-${sourceId}.xhtml`;

/** A link to an id in another document of the book. */
export const linkTo = (file: string, id: string) => `${file}#${id}`;
