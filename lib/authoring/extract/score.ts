import type { Element } from 'domhandler';
import type { Block } from './blocks';
import { ancestors, isElement } from './dom';

/**
 * Which part of the page is the article. Two signals, both general:
 * - The container that holds the most paragraph-like text, scored as
 *   Readability does (each paragraph gives its parent full credit and
 *   ancestors above less), with its siblings of the same kind that score
 *   well too (an article split into columns).
 * - The page's own JSON-LD `articleBody` as a second opinion: when the
 *   container's blocks are not all in it, and the blocks it does contain cover
 *   most of it, those blocks are the article (the markup gives the paragraph
 *   breaks, the statement the selection). Measured on the bench, taking the
 *   statement first lost more than it gained: block texts differ from it in
 *   small ways, and the container was already right.
 */

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const SIBLING_SHARE = 0.2;
/** The share of the statement's words that the matched blocks must cover for it to be trusted. */
const ARTICLE_BODY_COVERAGE = 0.7;
/** The share of the container's words the statement must hold for the two to agree. */
const AGREEMENT = 0.95;

const tokens = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
export const tokenLine = (text: string) => ` ${tokens(text).join(' ')} `;

/** The container's blocks, or the statement's when the two disagree and the statement's cover most of it. */
export function reconcileWithArticleBody(scored: Block[], all: readonly Block[], articleBody: string): Block[] {
  const statement = tokenLine(articleBody);
  const words = (blocks: readonly Block[]) => blocks.reduce((sum, block) => sum + tokens(block.text).length, 0);
  const agreeing = scored.filter((block) => statement.includes(tokenLine(block.text)));
  if (words(agreeing) >= AGREEMENT * words(scored)) return scored;
  return blocksMatchingArticleBody(all, articleBody) ?? scored;
}

/** The blocks that the statement `articleBody` contains, if they cover most of it. */
export function blocksMatchingArticleBody(blocks: readonly Block[], articleBody: string): Block[] | undefined {
  const statement = tokenLine(articleBody);
  const statementWords = tokens(articleBody).length;
  if (statementWords < 50) return undefined;
  const seen = new Set<string>();
  const matched = blocks.filter((block) => {
    const line = tokenLine(block.text);
    if (line.trim() === '' || seen.has(line) || !statement.includes(line)) return false;
    seen.add(line);
    return true;
  });
  const covered = matched.reduce((sum, block) => sum + tokens(block.text).length, 0);
  return covered >= ARTICLE_BODY_COVERAGE * statementWords ? matched : undefined;
}

function paragraphScore(block: Block): number {
  return 1 + (block.text.match(/[,，、]/g) ?? []).length + Math.min(Math.floor(block.text.length / 100), 3);
}

/** The containers of the article, best first, by the paragraph text they hold. */
export function articleContainers(blocks: readonly Block[]): Element[] {
  const scores = new Map<Element, number>();
  const text = textAmounts(blocks);
  for (const block of blocks) {
    if (!isParagraphLike(block)) continue;
    const score = paragraphScore(block);
    const chain = [block.element, ...ancestors(block.element)].slice(1, 1 + ANCESTOR_LEVELS);
    chain.forEach((element, level) => scores.set(element, (scores.get(element) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3)));
  }
  let best: Element | undefined;
  for (const [element, score] of scores) if (!best || score > scores.get(best)!) best = element;
  if (!best) return [];
  const top = widened(best, text);
  const threshold = scores.get(top)! * SIBLING_SHARE;
  // Only siblings of the same kind (tag and class): the other columns of the same article, not a teaser box beside it.
  const sameKind = (sibling: Element) => sibling.name === top.name && (sibling.attribs.class ?? '') === (top.attribs.class ?? '');
  const siblings = (top.parent?.children ?? []).filter((sibling): sibling is Element =>
    sibling !== top && isElement(sibling) && sameKind(sibling) && (scores.get(sibling) ?? 0) >= threshold && threshold > 0);
  return [top, ...siblings];
}

// "…officials said on Tuesday. Khan on Tuesday..." is a teaser's cut-off excerpt, not a paragraph of this article.
const TRUNCATED = /[\p{L}\p{N},]\s?(?:\.\.\.|…)$/u;
export const isParagraphLike = (block: Block) => block.text.length >= MIN_PARAGRAPH_CHARS && block.linkDensity <= 0.5 && !TRUNCATED.test(block.text);

interface TextAmount {
  paragraphChars: number;
  allChars: number;
}

/** For every ancestor of a block: how much text it holds, and how much of it is paragraph-like. */
function textAmounts(blocks: readonly Block[]): Map<Element, TextAmount> {
  const amounts = new Map<Element, TextAmount>();
  for (const block of blocks) {
    for (const element of [block.element, ...ancestors(block.element)]) {
      const amount = amounts.get(element) ?? { paragraphChars: 0, allChars: 0 };
      amount.allChars += block.text.length;
      if (isParagraphLike(block)) amount.paragraphChars += block.text.length;
      amounts.set(element, amount);
    }
  }
  return amounts;
}

/** Text a wrapper may add and still be climbed through: none, since any label or date it adds is not article text. */
const WRAPPER_ADDS = 0;

/**
 * An article split over several columns (one container each) scores best in
 * one of them, often a few wrappers deep: climb the wrappers that add no
 * text, so that the columns are siblings and the sibling step takes them.
 */
function widened(start: Element, amounts: Map<Element, TextAmount>): Element {
  let current = start;
  for (let parent = current.parent; parent && parent.type === 'tag' && parent.name !== 'body'; parent = parent.parent) {
    const inner = amounts.get(current)!;
    const outer = amounts.get(parent as Element);
    if (!outer || outer.allChars - inner.allChars > WRAPPER_ADDS * inner.allChars) break;
    current = parent as Element;
  }
  return current;
}

export function isInside(element: Element, containers: ReadonlySet<Element>): boolean {
  if (containers.has(element)) return true;
  return ancestors(element).some((ancestor) => containers.has(ancestor));
}
