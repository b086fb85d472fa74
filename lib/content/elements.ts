import type { Nodes, Parents } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';

/**
 * The components an author may use in a story, and how to read them from the
 * MDX tree: shared by the content rules and the extraction, so both see the
 * same elements, attributes and citation runs.
 */

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Each component with the attributes it takes. */
export const STORY_COMPONENTS = {
  Cite: ['source', 'quote'],
  Figure: ['alt', 'caption', 'credit', 'sensitive'],
  Sensitive: ['topic'],
  /** The account's own words (an introduction, a connective sentence, how it was made): no claim, so no Cite. */
  Own: [],
} as const satisfies Record<string, readonly string[]>;

export type ComponentName = keyof typeof STORY_COMPONENTS;

export const isJsx = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export const isComponent = (node: Nodes, name: ComponentName): node is JsxElement => isJsx(node) && node.name === name;

const isBlankText = (node: Nodes | undefined) => node?.type === 'text' && node.value.trim() === '';

function findAttribute(element: JsxElement, name: string): MdxJsxAttribute | undefined {
  return element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
}

/** An attribute's text: undefined when absent, '' when it has no value, null when it is not a plain string. */
export function stringAttribute(element: JsxElement, name: string): string | null | undefined {
  const attribute = findAttribute(element, name);
  if (!attribute) return undefined;
  if (attribute.value === null || attribute.value === undefined) return '';
  return typeof attribute.value === 'string' ? attribute.value : null;
}

export const hasAttribute = (element: JsxElement, name: string) => findAttribute(element, name) !== undefined;

/**
 * Where an attribute's value starts, as a node a diagnostic can be reported
 * at: a problem with a quote points at the quote, not at `<Cite`. Written
 * `name="value"` (the parser keeps no place for the value itself); the
 * element when the attribute is absent.
 */
export function attributeValueAt(element: JsxElement, name: string): Node {
  const place = findAttribute(element, name)?.position;
  if (!place) return element;
  return { type: 'mdxJsxAttributeValue', position: { start: { ...place.start, column: place.start.column + name.length + 2 }, end: place.end } };
}

/** Sets a plain string attribute on an element (the pipeline's annotations for rendering). */
export function setAttribute(element: JsxElement, name: string, value: string) {
  const existing = findAttribute(element, name);
  if (existing) existing.value = value;
  else element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** A run of consecutive `<Cite>`s (blank text between them allowed): the citations of one claim. */
export interface CiteRun {
  parent: Parents;
  cites: JsxElement[];
  /** The words of the account the run supports: everything since the previous run in the same parent. */
  claimText: string;
  /** Where those words stand among the parent's children: [start, end), the run starting at end. */
  claimNodes: readonly [start: number, end: number];
}

/** The end (exclusive) of the Cite run starting at `start`. */
function runEnd(parent: Parents, start: number): number {
  let end = start + 1;
  for (;;) {
    let next = end;
    while (isBlankText(parent.children[next] as Nodes | undefined)) next++;
    const candidate = parent.children[next] as Nodes | undefined;
    if (!candidate || !isComponent(candidate, 'Cite')) return end;
    end = next + 1;
  }
}

function claimTextOf(parent: Parents, claimStart: number, runStart: number): string {
  // A Cite on a line of its own is a block: its siblings are whole blocks, not the words of its claim.
  if (parent.children[runStart]!.type === 'mdxJsxFlowElement') return '';
  // The account's own words before a claim are not the claim's.
  const words = parent.children.slice(claimStart, runStart).filter((node) => !isComponent(node as Nodes, 'Own'));
  return words.map((node) => toString(node)).join('').replace(/\s+/g, ' ').trim();
}

/**
 * Calls `visit` for every Cite run of the tree, in document order (the order
 * claims are numbered in). A Cite's own children, which it should not have, are not searched.
 */
export function visitCiteRuns(parent: Parents, visit: (run: CiteRun) => void) {
  let claimStart = 0;
  let index = 0;
  while (index < parent.children.length) {
    const node = parent.children[index] as Nodes;
    if (isComponent(node, 'Cite')) {
      const end = runEnd(parent, index);
      const cites = parent.children.slice(index, end).filter((child): child is JsxElement => isComponent(child as Nodes, 'Cite'));
      visit({ parent, cites, claimText: claimTextOf(parent, claimStart, index), claimNodes: [claimStart, index] });
      index = end;
      claimStart = end;
      continue;
    }
    if ('children' in node) visitCiteRuns(node as Parents, visit);
    index++;
  }
}
