import type { Document, Element } from 'domhandler';
import { readPageText, type Block, type BlockKind, type PageText } from './blocks';
import { checkSize, ExtractError } from './bounds';
import { attachCaptionLines } from './captions';
import { chooseBlocks, MIN_ARTICLE_WORDS, rulesSuffice } from './candidates/choose';
import { readWithReadability, type LibraryReading } from './candidates/readability';
import { decodePage, gunzipIfNeeded } from './decode';
import { parsePage, wordCount } from './dom';
import { articleNode, readJsonLd, stringOf } from './jsonld';
import { readMetadata, type PageMetadata } from './metadata';
import { htmlFromMhtml, isMhtml } from './mhtml';
import { whyNotAnArticle } from './refusal';
import { articleContainers, isInside, reconcileWithArticleBody, tokenLine } from './score';

export { ExtractError } from './bounds';

/** What one saved page yields: the shape `content:extract --json` prints (its facts, then the text). */
export interface Extraction extends PageMetadata {
  file: string;
  blocks: { kind: BlockKind; text: string }[];
  body: string;
  /** The body's words, said to the editor (a short article is imported, with its length). */
  words: number;
  figures: { src: string; alt: string | null; caption: string | null; credit: string | null }[];
  dropped: { text: string; why: string }[];
  /** How the body was chosen, when an editor should know: a candidate that failed, a reading kept as it was. */
  notes: string[];
}

/** Shorter blocks left out are not listed: the report is for text an editor would miss. */
const REPORTED_WORDS = 12;

/** A saved page's HTML as text: gunzipped, taken out of its MHTML, decoded from its charset. */
export function pageHtml(bytes: Uint8Array): string {
  const plain = gunzipIfNeeded(bytes);
  return isMhtml(plain) ? htmlFromMhtml(plain) : decodePage(plain);
}

/** Our rules' candidate: the best-scored container's blocks, reconciled with the page's JSON-LD articleBody. */
export function blocksByRules(document: Document, blocks: readonly Block[]): { chosen: Block[]; containers: Set<Element> } {
  const statement = stringOf(articleNode(readJsonLd(document))?.articleBody);
  const containers = new Set(articleContainers(blocks));
  const scored = blocks.filter((block) => isInside(block.element, containers));
  if (!statement) return { chosen: scored, containers };
  return { chosen: reconcileWithArticleBody(scored, blocks, statement), containers };
}

/**
 * How the second candidate is asked. `skipWhenRulesSuffice` leaves Readability
 * out where our rules hold nearly all of the page's paragraph text (about half
 * the pages, about 40% less processor time); it is off in the import because it
 * cost the multilingual check part 0.003 of F (bench/README.md), and the bench
 * measures it beside the import.
 */
export interface CandidateOptions {
  readLibrary?: (html: string) => Promise<LibraryReading>;
  skipWhenRulesSuffice?: boolean;
}

/** Extracts the article and its facts from a saved page's bytes (HTML, gzip-compressed HTML or MHTML). */
export async function extractPage(bytes: Uint8Array, file: string, options: CandidateOptions = {}): Promise<Extraction> {
  const { readLibrary = readWithReadability, skipWhenRulesSuffice = false } = options;
  checkSize(bytes);
  const html = pageHtml(bytes);
  const document = parsePage(html);
  // Readability reads the page in its own thread while our rules read it here, unless it may be skipped after them.
  const early = skipWhenRulesSuffice ? undefined : readLibrary(html);
  const text = readPageText(document);
  const byRules = blocksByRules(document, text.blocks);
  const reading = early ?? (rulesSuffice(text.blocks, byRules.chosen) ? undefined : readLibrary(html));
  const metadata = readMetadata(document);
  const { kept: chosen, notes } = chooseBlocks(text.blocks, byRules.chosen, await reading);
  const { kept, headline } = withoutRepeatedHeadline(chosen, metadata.title);
  const refusal = whyNotAnArticle(document, metadata.url, kept);
  if (refusal) throw new ExtractError(`not an article: ${refusal}`);
  const body = kept.map((block) => block.text).join('\n\n');
  const words = wordCount(body);
  if (words < MIN_ARTICLE_WORDS) notes.push(`a short article: ${words} words, imported because the page says it is an article`);
  const articleFigures = text.figures.filter((figure) => isInside(figure.element, new Set([...byRules.containers, ...kept.map((block) => block.element)])));
  const { figures, attached } = attachCaptionLines(articleFigures, text.blocks, text.dropped);
  return {
    file,
    ...metadata,
    blocks: kept.map(({ kind, text }) => ({ kind, text })),
    body,
    words,
    figures: figures.map(({ src, alt, caption, credit }) => ({ src, alt, caption, credit })),
    dropped: leftOut(text, body, headline, attached),
    notes,
  };
}

/** What the body does not hold, in page order, with why: the editor's check that nothing vanished unsaid. */
function leftOut(text: PageText, body: string, headline: Block | undefined, attached: ReadonlySet<object>): { text: string; why: string }[] {
  const bodyLine = tokenLine(body);
  const missing = [
    ...text.dropped.filter((block) => !attached.has(block)),
    ...text.blocks.map((block) => ({ ...block, why: block === headline ? 'headline' : 'outside the article' })),
  ];
  return missing
    .filter((block) => wordCount(block.text) >= REPORTED_WORDS && !bodyLine.includes(tokenLine(block.text)))
    .sort((a, b) => a.order - b.order)
    .map(({ text, why }) => ({ text, why }));
}

/** The headline is a field of its own; repeated as the body's first block it is not body text. */
function withoutRepeatedHeadline(blocks: Block[], title: string | null): { kept: Block[]; headline?: Block } {
  const first = blocks[0];
  if (!first || !title || first.kind !== 'heading') return { kept: blocks };
  const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return normal(title).includes(normal(first.text)) ? { kept: blocks.slice(1), headline: first } : { kept: blocks };
}
