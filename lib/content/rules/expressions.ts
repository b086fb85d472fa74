import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Report } from '../diagnostics';

const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/**
 * Rule: no `{expressions}`, `import` or `export` in the account. Content is
 * text, never code: nothing in it is run, so anything written as code would
 * silently vanish from the page.
 */
export function noExpressions(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (!EXPRESSIONS.has(node.type)) return;
    const what = node.type === 'mdxjsEsm' ? 'import and export' : 'expressions in braces';
    report(node, 'mdx-expression', `${what} are not run here: write plain text (a literal brace is written \\{)`);
  });
}
