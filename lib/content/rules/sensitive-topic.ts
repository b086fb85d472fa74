import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Report } from '../diagnostics';
import { isComponent, stringAttribute } from '../elements';
import type { Rule } from './rule';

/** Rule: a `<Sensitive>` passage names its topic, which names its note and its skip link. */
function sensitiveTopic(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (isComponent(node, 'Sensitive') && (stringAttribute(node, 'topic') ?? '').trim() === '') {
      report(node, 'sensitive-topic-missing', '<Sensitive> needs a topic, e.g. topic="medical details"; it names the note and the skip link');
    }
  });
}

export const sensitiveTopicRule: Rule = {
  name: 'sensitive-topic',
  codes: ['sensitive-topic-missing'],
  check: sensitiveTopic,
  examples: {
    ok: ['<Sensitive topic="medical details">\n\nA passage.\n\n</Sensitive>'],
    notOk: [
      { input: '<Sensitive>\n\nA passage.\n\n</Sensitive>', codes: ['sensitive-topic-missing'] },
      { input: '<Sensitive topic="  ">\n\nA passage.\n\n</Sensitive>', codes: ['sensitive-topic-missing'] },
    ],
  },
};
