import type { Document, Element } from 'domhandler';
import { readPageText, type Block, type BlockKind } from './blocks';
import { checkSize, ExtractError } from './bounds';
import { decodePage, gunzipIfNeeded } from './decode';
import { byTag, parsePage, wordCount } from './dom';
import { articleNode, readJsonLd, stringOf } from './jsonld';
import { readMetadata, type PageMetadata } from './metadata';
import { htmlFromMhtml, isMhtml } from './mhtml';
import { articleContainers, isInside, reconcileWithArticleBody } from './score';

export { ExtractError } from './bounds';

/** What one saved page yields: the shape `content:extract --json` prints (its facts, then the text). */
export interface Extraction extends PageMetadata {
  file: string;
  blocks: { kind: BlockKind; text: string }[];
  body: string;
  figures: { src: string; alt: string | null; caption: string | null; credit: string | null }[];
  dropped: { text: string; why: string }[];
}

/** Fewer words than this is a home page, a log-in wall or an empty page, not an article. */
const MIN_ARTICLE_WORDS = 50;
/** Shorter blocks left out are not listed: the report is for text an editor would miss. */
const REPORTED_WORDS = 12;

function htmlOf(bytes: Uint8Array): string {
  const plain = gunzipIfNeeded(bytes);
  return isMhtml(plain) ? htmlFromMhtml(plain) : decodePage(plain);
}

function articleBlocks(document: Document, blocks: readonly Block[]): { chosen: Block[]; containers: Set<Element> } {
  const statement = stringOf(articleNode(readJsonLd(document))?.articleBody);
  const containers = new Set(articleContainers(blocks));
  const scored = blocks.filter((block) => isInside(block.element, containers));
  if (!statement) return { chosen: scored, containers };
  const chosen = reconcileWithArticleBody(scored, blocks, statement);
  return { chosen, containers: new Set([...containers, ...chosen.map((block) => block.element)]) };
}

function refuseNonArticle(document: Document, words: number): void {
  if (words >= MIN_ARTICLE_WORDS) return;
  const password = byTag(document, 'input').some((input) => (input.attribs.type ?? '').toLowerCase() === 'password');
  const kind = password ? 'a log-in wall' : words === 0 ? 'a page with no body' : 'a home page or a page with too little text';
  throw new ExtractError(`not an article: the page's main text has ${words} words (at least ${MIN_ARTICLE_WORDS} expected); it looks like ${kind}`);
}

/** Extracts the article and its facts from a saved page's bytes (HTML, gzip-compressed HTML or MHTML). */
export function extractPage(bytes: Uint8Array, file: string): Extraction {
  checkSize(bytes);
  const document = parsePage(htmlOf(bytes));
  const metadata = readMetadata(document);
  const text = readPageText(document);
  const { chosen, containers } = articleBlocks(document, text.blocks);
  const { kept, headline } = withoutRepeatedHeadline(chosen, metadata.title);
  refuseNonArticle(document, kept.reduce((sum, block) => sum + block.words, 0));
  const keptSet = new Set(kept);
  const leftOut = [
    ...text.dropped,
    ...text.blocks.filter((block) => !keptSet.has(block)).map((block) => ({ ...block, why: block === headline ? 'headline' : 'outside the article' })),
  ].sort((a, b) => a.order - b.order);
  return {
    file,
    ...metadata,
    blocks: kept.map(({ kind, text }) => ({ kind, text })),
    body: kept.map((block) => block.text).join('\n\n'),
    figures: text.figures.filter((figure) => isInside(figure.element, containers)).map(({ src, alt, caption, credit }) => ({ src, alt, caption, credit })),
    dropped: leftOut.filter((block) => wordCount(block.text) >= REPORTED_WORDS).map(({ text, why }) => ({ text, why })),
  };
}

/** The headline is a field of its own; repeated as the body's first block it is not body text. */
function withoutRepeatedHeadline(blocks: Block[], title: string | null): { kept: Block[]; headline?: Block } {
  const first = blocks[0];
  if (!first || !title || first.kind !== 'heading') return { kept: blocks };
  const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return normal(title).includes(normal(first.text)) ? { kept: blocks.slice(1), headline: first } : { kept: blocks };
}
