import type { Element } from 'domhandler';
import type { Block } from './blocks';
import { ancestors } from './dom';

/**
 * Which part of the page is the article. Two signals, both general:
 * - The page's own JSON-LD `articleBody`, when the page's blocks match it: then
 *   the article is exactly the blocks whose words it contains (the markup gives
 *   the paragraph breaks, the statement gives the selection).
 * - Otherwise the container that holds the most paragraph-like text, scored as
 *   Readability does (each paragraph gives its parent full credit and
 *   ancestors above less), with its siblings that score nearly as well.
 */

const MIN_PARAGRAPH_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const SIBLING_SHARE = 0.2;
/** The share of the statement's words that the matched blocks must cover for it to be trusted. */
const ARTICLE_BODY_COVERAGE = 0.7;

const tokens = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
const tokenLine = (text: string) => ` ${tokens(text).join(' ')} `;

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
  for (const block of blocks) {
    if (block.text.length < MIN_PARAGRAPH_CHARS || block.linkDensity > 0.5) continue;
    const score = paragraphScore(block);
    const chain = [block.element, ...ancestors(block.element)].slice(1, 1 + ANCESTOR_LEVELS);
    chain.forEach((element, level) => scores.set(element, (scores.get(element) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3)));
  }
  let top: Element | undefined;
  for (const [element, score] of scores) if (!top || score > scores.get(top)!) top = element;
  if (!top) return [];
  const threshold = scores.get(top)! * SIBLING_SHARE;
  const siblings = (top.parent?.children ?? []).filter((sibling): sibling is Element =>
    sibling !== top && (scores.get(sibling as Element) ?? 0) >= threshold && threshold > 0);
  return [top, ...siblings];
}

export function isInside(element: Element, containers: ReadonlySet<Element>): boolean {
  if (containers.has(element)) return true;
  return ancestors(element).some((ancestor) => containers.has(ancestor));
}
