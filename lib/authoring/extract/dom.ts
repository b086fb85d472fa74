import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { checkNesting } from './bounds';

/**
 * The parsed page and the few tree helpers the extractor needs, all iterative
 * (an explicit stack, never recursion), so a page nested 100,000 deep cannot
 * overflow the stack.
 */

export function parsePage(html: string): Document {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  checkNesting(maxDepth(document));
  return document;
}

export const isElement = (node: AnyNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';

function maxDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Every element under `root` in document order. */
export function elementsIn(root: AnyNode): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node !== root) found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

export const byTag = (root: AnyNode, ...names: string[]): Element[] =>
  elementsIn(root).filter((element) => names.includes(element.name));

/** The text under a node, whitespace collapsed. */
export function textOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.data);
    else if (node.type !== 'script' && node.type !== 'style' && 'children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return collapse(parts.join(' '));
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function ancestors(element: Element): Element[] {
  const found: Element[] = [];
  for (let node = element.parent; node && node.type !== 'root'; node = node.parent) {
    if (isElement(node)) found.push(node);
  }
  return found;
}
