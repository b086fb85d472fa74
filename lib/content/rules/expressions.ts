import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Report } from '../diagnostics';
import type { Rule } from './rule';

const EXPRESSIONS = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
/** `{/* … *\/}`, MDX's comment: a note to editors that is meant to vanish from the page. */
const COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/**
 * Rule: no `{expressions}`, `import` or `export` in the account, comments
 * aside. Content is text, never code: nothing in it is run, so anything
 * written as code would silently vanish from the page.
 */
function noExpressions(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (!EXPRESSIONS.has(node.type)) return;
    if (node.type !== 'mdxjsEsm' && COMMENT.test((node as { value: string }).value)) return;
    const what = node.type === 'mdxjsEsm' ? 'import and export' : 'expressions in braces';
    report(node, 'mdx-expression', `${what} are not run here: write plain text (a literal brace is written \\{)`);
  });
}

export const expressionsRule: Rule = {
  name: 'no-expressions',
  codes: ['mdx-expression'],
  check: noExpressions,
  examples: {
    ok: ['Chrissy Teigen wrote about it \\{in her own words\\}.', '{/* A note to the next editor: the quotes below are from Heart. */}\n\nText. {/* inline */}'],
    notOk: [
      { input: 'She wrote {1 + 1} words.', codes: ['mdx-expression'] },
      { input: 'She wrote {/* a comment */ 1 + 1} words.', codes: ['mdx-expression'] },
      { input: "import x from 'y'\n\nText.", codes: ['mdx-expression'] },
    ],
  },
};
