import type { ElementContent } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { toXml } from 'xast-util-to-xml';
import { BOOK_FILES } from './files';

/** The namespace of the epub:type attribute (EPUB 3 Structural Semantics). */
export const EPUB_NAMESPACE = 'http://www.idpf.org/2007/ops';

/** One XHTML content document of the book: its file, its title, and its body's content. */
export interface BookDocument {
  file: string;
  title: string;
  body: ElementContent[];
  /** Entries under this document in the table of contents: its sections' ids and titles. */
  sections?: { id: string; title: string }[];
}

/** `lang` for the HTML parsers reading systems use, `xml:lang` for XML ones: EPUB asks for both, equal. */
export const languageOf = (language: string) => ({ lang: language, 'xml:lang': language });

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A document as the XHTML an EPUB holds: serialised as XML from hast, never as HTML strings. */
/** Whether any element of the body has an epub:type: epubcheck asks that the namespace be declared only where it is used. */
function usesEpubType(body: ElementContent[]): boolean {
  let found = false;
  visit(h('body', body), 'element', (node) => {
    if ('epub:type' in node.properties) found = true;
  });
  return found;
}

export function toXhtml(document: BookDocument, language: string): string {
  const namespaces = usesEpubType(document.body) ? { 'xmlns:epub': EPUB_NAMESPACE } : {};
  const tree = h('html', { ...namespaces, ...languageOf(language) }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', document.title), h('link', { rel: 'stylesheet', type: 'text/css', href: BOOK_FILES.stylesheet })]),
    h('body', document.body),
  ]);
  return `${xmlDeclaration}<!DOCTYPE html>\n${toXml(toXast(tree))}\n`;
}
