import type { Document } from 'domhandler';
import type { Block } from './blocks';
import { MIN_ARTICLE_WORDS } from './candidates/choose';
import { byTag } from './dom';
import { articleNode, readJsonLd } from './jsonld';

/**
 * Whether a page is no article, and why. A page whose own metadata says it
 * is an article (a JSON-LD article, og:type "article") is imported however
 * short, unless nothing was found or a password field stands beside too little
 * text (a log-in wall). Any other page is refused when what the candidates
 * found is too short to be an article, when its stated address is a site's
 * front page, or when most of its blocks are a table's short cells (a page
 * of results or standings; a table used for layout holds paragraphs).
 */

/** A cell of a table of results: a name, a number, a score. */
const CELL_WORDS = 5;
/** The share of the kept blocks that are such cells, and how many, from which the page is a table, not an article. */
const CELL_SHARE = 0.5;
const MIN_CELLS = 20;

export function declaresArticle(document: Document): boolean {
  const ogType = byTag(document, 'meta').find((meta) => (meta.attribs.property ?? meta.attribs.name ?? '').toLowerCase() === 'og:type');
  return articleNode(readJsonLd(document)) !== undefined || (ogType?.attribs.content ?? '').trim().toLowerCase() === 'article';
}

const isFrontPage = (url: string | null) => url !== null && /^https?:\/\/[^/?#]+\/?$/.test(url);

const isCell = (block: Block) => (block.element.name === 'td' || block.element.name === 'th') && block.words <= CELL_WORDS;

const hasPasswordField = (document: Document) =>
  byTag(document, 'input').some((input) => (input.attribs.type ?? '').toLowerCase() === 'password');

function tooShort(words: number, password: boolean): string {
  const kind = password ? 'a log-in wall' : words === 0 ? 'a page with no body' : 'a home page or a page with too little text';
  return `the page's main text has ${words} word${words === 1 ? '' : 's'} (at least ${MIN_ARTICLE_WORDS} expected of a page that does not say it is an article); it looks like ${kind}`;
}

/** Why the page is no article, or undefined when it is one. */
export function whyNotAnArticle(document: Document, url: string | null, kept: readonly Block[]): string | undefined {
  const words = kept.reduce((sum, block) => sum + block.words, 0);
  const declared = declaresArticle(document);
  const password = hasPasswordField(document);
  if (words === 0 || (words < MIN_ARTICLE_WORDS && (password || !declared))) return tooShort(words, password);
  if (declared) return undefined;
  if (isFrontPage(url)) return `the page states its address as ${url}, a site's front page; it looks like a home page`;
  const cells = kept.filter(isCell).length;
  if (cells >= MIN_CELLS && cells >= CELL_SHARE * kept.length) return `${cells} of its ${kept.length} blocks of text are a table's short cells; it looks like a table of results`;
  return undefined;
}
