import type { AnyNode, Element } from 'domhandler';
import { blockDropReason, elementDropReason, isHidden, NEVER_READ } from './boilerplate';
import { byTag, collapse, isElement, textOf, wordCount } from './dom';

/**
 * Reads a page as a sequence of text blocks (paragraphs, headings, list items,
 * block quotes), words verbatim, with what was left out and why, and the images
 * met on the way. One iterative walk; which blocks form the article is decided
 * afterwards (score.ts), from the element each block came from.
 */

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote';

export interface Block {
  kind: BlockKind;
  text: string;
  words: number;
  linkDensity: number;
  /** The innermost block-level element the text stands in. */
  element: Element;
  /** Position in the page, shared with dropped blocks and figures, to keep document order. */
  order: number;
}

export interface DroppedBlock {
  text: string;
  why: string;
  element: Element;
  order: number;
}

export interface Figure {
  src: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  element: Element;
  order: number;
}

export interface PageText {
  blocks: Block[];
  dropped: DroppedBlock[];
  figures: Figure[];
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dd', 'dt',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'address',
  'hr', 'br', 'center', 'fieldset', 'details', 'summary', 'body', 'html', 'header', 'footer', 'aside', 'nav', 'hgroup',
]);

function kindOf(name: string): BlockKind | undefined {
  if (/^h[1-6]$/.test(name)) return 'heading';
  if (name === 'li' || name === 'dd' || name === 'dt') return 'list-item';
  if (name === 'blockquote') return 'blockquote';
  return undefined;
}

// A rule firing on a long stretch of text is more likely a site's unlucky class name on the article's wrapper
// ("page-node sidebar-second" on <body>): small-only reasons stop at a few paragraphs, every reason at a large share of the page.
const SMALL_ONLY = new Set(['byline', 'caption', 'share bar', 'newsletter prompt', 'advertisement', 'header']);
const SMALL_WORDS = 150;
const WRAPPER_SHARE = 0.4;
const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article']);

const isTrackingPixel = (img: Element) =>
  ['width', 'height'].some((side) => /^[01](?:px)?$/.test(img.attribs[side] ?? '')) || /^data:/.test(img.attribs.src ?? '');

function imageSource(img: Element): string | undefined {
  const src = img.attribs['data-src'] ?? img.attribs['data-lazy-src'] ?? img.attribs['data-original'] ?? img.attribs.src ?? img.attribs['data-srcset']?.split(/\s+/)[0];
  return src && /^https?:\/\//.test(src) ? src : undefined;
}

function closestFigure(img: Element): Element | undefined {
  for (let node = img.parent; node && isElement(node); node = node.parent) if (node.name === 'figure') return node;
  return undefined;
}

function figureOf(img: Element, order: number): Figure | undefined {
  const src = imageSource(img);
  if (!src || isTrackingPixel(img)) return undefined;
  const figure = closestFigure(img);
  const captionElement = figure?.children.find((child): child is Element => isElement(child) && child.name === 'figcaption');
  const creditElement = figure && [figure, ...(captionElement ? [captionElement] : [])]
    .flatMap((element) => element.children.filter(isElement))
    .find((child) => /credit|copyright|source/i.test(`${child.attribs.class ?? ''}`));
  const credit = creditElement ? textOf(creditElement) || null : null;
  const fullCaption = captionElement ? textOf(captionElement) : '';
  const caption = collapse(credit ? fullCaption.replace(credit, '') : fullCaption) || null;
  const alt = img.attribs.alt?.trim();
  return { src, alt: alt ? alt : null, caption, credit, element: img, order };
}

export function readPageText(root: AnyNode): PageText {
  const result: PageText = { blocks: [], dropped: [], figures: [] };
  const pageWords = wordCount(textOf(root));
  let order = 0;
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  const blockStack: Element[] = [];

  const flush = () => {
    const text = collapse(parts.join(''));
    const ownLinkChars = linkChars;
    parts = [];
    linkChars = 0;
    const element = blockStack[blockStack.length - 1];
    if (!text || !element) return;
    const words = wordCount(text);
    if (words === 0) return;
    const linkDensity = Math.min(1, ownLinkChars / text.length);
    const why = blockDropReason(text, words, linkDensity);
    if (why) result.dropped.push({ text, why, element, order: order++ });
    else result.blocks.push({ kind: blockKind(blockStack), text, words, linkDensity, element, order: order++ });
  };

  type Frame = { node: AnyNode; leave?: 'block' | 'link' };
  const stack: Frame[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (leave === 'block') {
      flush();
      blockStack.pop();
      continue;
    }
    if (leave === 'link') {
      linkDepth--;
      continue;
    }
    if (node.type === 'text') {
      parts.push(node.data);
      if (linkDepth > 0) linkChars += collapse(node.data).length;
      continue;
    }
    if (!isElement(node)) {
      if (node.type === 'root') pushChildren(stack, node.children);
      continue;
    }
    if (NEVER_READ.has(node.name) || isHidden(node)) continue;
    if (node.name === 'img') {
      const figure = figureOf(node, order++);
      if (figure) result.figures.push(figure);
      continue;
    }
    const why = NEVER_DROPPED.has(node.name) ? undefined : elementDropReason(node);
    if (why && dropElement(node, why, pageWords, result, () => order++)) continue;
    if (BLOCK_TAGS.has(node.name) || node.name === 'br') {
      flush();
      if (node.name === 'br' || node.name === 'hr') continue;
      blockStack.push(node);
      stack.push({ node, leave: 'block' });
    } else if (node.name === 'a') {
      linkDepth++;
      stack.push({ node, leave: 'link' });
    }
    pushChildren(stack, node.children);
  }
  flush();
  return result;
}

function pushChildren(stack: { node: AnyNode }[], children: AnyNode[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
}

/** Records an element's text as left out; false when the rule should not apply to an element this large. */
function dropElement(element: Element, why: string, pageWords: number, result: PageText, nextOrder: () => number): boolean {
  const text = textOf(element);
  const words = wordCount(text);
  if ((SMALL_ONLY.has(why) && words > SMALL_WORDS) || words > WRAPPER_SHARE * pageWords) return false;
  // The images of a dropped caption's figure are still the article's.
  if (element.name === 'figure' || why === 'caption') {
    for (const img of byTag(element, 'img')) {
      const figure = figureOf(img, nextOrder());
      if (figure) result.figures.push(figure);
    }
  }
  if (text) result.dropped.push({ text, why, element, order: nextOrder() });
  return true;
}

function blockKind(blockStack: readonly Element[]): BlockKind {
  if (blockStack.some((element) => element.name === 'blockquote')) return 'blockquote';
  for (let i = blockStack.length - 1; i >= 0; i--) {
    const kind = kindOf(blockStack[i]!.name);
    if (kind) return kind;
    if (blockStack[i]!.name === 'p') return 'paragraph';
  }
  return 'paragraph';
}
