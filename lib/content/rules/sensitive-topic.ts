import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Report } from '../diagnostics';
import { isComponent, stringAttribute } from '../elements';

/** Rule: a `<Sensitive>` passage names its topic, which names its note and its skip link. */
export function sensitiveTopic(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (isComponent(node, 'Sensitive') && (stringAttribute(node, 'topic') ?? '').trim() === '') {
      report(node, 'sensitive-topic-missing', '<Sensitive> needs a topic, e.g. topic="medical details"; it names the note and the skip link');
    }
  });
}
