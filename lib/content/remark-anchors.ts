import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { walkStoryTree } from './story-tree';

/**
 * A remark plugin for rendering: it walks the tree exactly as validation did
 * and writes each element's anchor onto it as a string attribute, so the
 * rendered `<Cite>` knows which resolved citation it is without counting.
 */
export function remarkStoryAnchors() {
  return (tree: Root) => {
    const walk = walkStoryTree(tree, '', 1);
    const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });
    for (const { element, markerId } of walk.citeElements) element.attributes.push(attribute('marker', markerId));
    for (const { element, endId } of walk.sensitiveElements) element.attributes.push(attribute('endId', endId));
  };
}
