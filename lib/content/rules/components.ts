import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { suggestion, type Report } from '../diagnostics';
import { isJsx, STORY_COMPONENTS, type ComponentName, type JsxElement } from '../elements';
import type { Rule } from './rule';

const KNOWN = Object.keys(STORY_COMPONENTS) as ComponentName[];
const isKnown = (name: string): name is ComponentName => (KNOWN as string[]).includes(name);

function checkAttributes(element: JsxElement, allowed: readonly string[], report: Report) {
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(element, 'attribute-spread', `<${element.name}> takes only named string attributes, not {…} spreads`);
    } else if (!allowed.includes(attribute.name)) {
      report(element, 'attribute-unknown', `<${element.name}> has no attribute "${attribute.name}"; ${suggestion(attribute.name, allowed, 'attribute')}`);
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      report(element, 'attribute-not-string',
        `<${element.name}> ${attribute.name} must be a plain string (${attribute.name}="…"); expressions in braces are not run here`);
    }
  }
}

/** Rule: only the reader's components, each with its own attributes, written as plain strings. */
function knownComponents(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
    if (isKnown(node.name)) checkAttributes(node, STORY_COMPONENTS[node.name], report);
    else report(node, 'component-unknown', `unknown component <${node.name}>; ${suggestion(node.name, KNOWN, 'component')}`);
  });
}

export const componentsRule: Rule = {
  name: 'known-components',
  codes: ['component-unknown', 'attribute-unknown', 'attribute-spread', 'attribute-not-string'],
  check: knownComponents,
  examples: {
    ok: ['<Sensitive topic="medical details">\n\nA passage.\n\n</Sensitive>'],
    notOk: [
      { input: 'Text <Cit source="heart" quote="words" />', codes: ['component-unknown'] },
      { input: '<Sensitive topic="loss" tone="calm">\n\nA passage.\n\n</Sensitive>', codes: ['attribute-unknown'] },
      { input: '<Sensitive {...props}>\n\nA passage.\n\n</Sensitive>', codes: ['attribute-spread'] },
      { input: '<Sensitive topic={"loss"}>\n\nA passage.\n\n</Sensitive>', codes: ['attribute-not-string'] },
    ],
  },
};
