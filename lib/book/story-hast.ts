import type { Element, Root as HastRoot } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import type { StoryDocument } from '../content/model';

/**
 * A story document's validated MDX tree as hast, for the book's XHTML: the tree
 * the pipeline checked and annotated with the same plugins the page compiles
 * with (lib/content/processor.ts), so the book's markers are the page's.
 *
 * A story component becomes a hast element named after it, whose attributes
 * (plain strings: the rules allow nothing else) become its properties; each
 * book document then maps Cite, Figure, Sensitive and Own to its own markup.
 */
function componentElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Element['properties'] = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name ?? 'div', properties, children: state.all(node) as Element['children'] };
}

// The only expressions the check lets through are comments, which are not shown.
const nothing = () => undefined;
const handlers = { mdxJsxFlowElement: componentElement, mdxJsxTextElement: componentElement, mdxFlowExpression: nothing, mdxTextExpression: nothing };

export const storyHast = (document: StoryDocument) => toHast(document.tree, { handlers }) as HastRoot;
