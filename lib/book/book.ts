import type { Story } from '../content/model';
import { lastChanged } from '../view/dates';
import { accountDocument } from './documents/account';
import { articleDocument } from './documents/article';
import { changesDocument } from './documents/changes';
import { contentNoteDocument } from './documents/content-note';
import { notesDocument } from './documents/notes';
import { BOOK_FILES, PUBLICATION_DIR } from './files';
import { containerXml, navigationBody, packageOpf, TOC_TITLE } from './package';
import { BOOK_CSS } from './stylesheet';
import { toXhtml, type BookDocument } from './xhtml';
import { zipBook, type BookEntry } from './zip';

/**
 * A story as an EPUB 3, built from the same validated story the pages render
 * (never from a request): the content note, the account, its notes, the log
 * of changes and each archived article as an appendix, in that reading order.
 */

/** The content documents in reading order (the spine). */
export function bookDocuments(story: Story): BookDocument[] {
  return [
    contentNoteDocument(story),
    accountDocument(story),
    notesDocument(story),
    ...[changesDocument(story) ?? []].flat(),
    ...story.sources.map((source) => articleDocument(story, source)),
  ];
}

/** Every file of the book but `mimetype`, in the order they are zipped. */
export function bookEntries(story: Story): BookEntry[] {
  const documents = bookDocuments(story);
  const language = story.meta.language;
  const inPublication = (file: string, text: string) => ({ path: `${PUBLICATION_DIR}/${file}`, text });
  return [
    { path: 'META-INF/container.xml', text: containerXml() },
    inPublication(BOOK_FILES.package, packageOpf(story, documents)),
    inPublication(BOOK_FILES.nav, toXhtml({ file: BOOK_FILES.nav, title: TOC_TITLE, body: navigationBody(documents) }, language)),
    inPublication(BOOK_FILES.stylesheet, BOOK_CSS),
    ...documents.map((document) => inPublication(document.file, toXhtml(document, language))),
  ];
}

/** The book's bytes, dated by the story's last change: the same content gives the same file. */
export const buildBook = (story: Story): Uint8Array<ArrayBuffer> => zipBook(bookEntries(story), lastChanged(story.meta));

// Content is fixed for the life of a production server (its stories are built once): so is each book.
const built = new WeakMap<Story, Uint8Array<ArrayBuffer>>();

/** The story's book, built once per story object: the route serves these bytes and the story page states their size. */
export function storyBook(story: Story): Uint8Array<ArrayBuffer> {
  let book = built.get(story);
  if (!book) {
    book = buildBook(story);
    built.set(story, book);
  }
  return book;
}
