import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Report } from '../diagnostics';
import { isComponent, stringAttribute } from '../elements';
import { medicalDetailIn } from './medical-words';
import type { Rule } from './rule';

/**
 * Rules for summary.mdx, the gentle alternative the content note offers: it
 * keeps the promise of no medical detail, in its own words or in the passages
 * its notes quote, and leaves the photographs and the passages that need their
 * own note to the story.
 */

const named = (words: string[]) => words.map((word) => `"${word}"`).join(', ');

/** Rule: no `<Figure>` or `<Sensitive>` in the summary. */
function summaryElements(tree: Root, report: Report) {
  visit(tree, (node) => {
    const name = isComponent(node, 'Figure') ? '<Figure>' : isComponent(node, 'Sensitive') ? '<Sensitive>' : undefined;
    if (!name) return;
    report(node, 'summary-element',
      `${name} does not belong in summary.mdx: the summary is the gentle alternative to the story, so it leaves out the photographs and the passages that need their own note`);
  });
}

/** Rule: no medical detail in the summary's words, nor in any quote its notes would show. */
function noMedicalDetail(tree: Root, report: Report) {
  visit(tree, (node) => {
    if (node.type === 'text') {
      const found = medicalDetailIn((node as Text).value);
      if (found.length > 0) {
        report(node, 'summary-medical-word',
          `the summary must carry no medical detail, but it says ${named(found)}; leave that to the story, where it has its own note`);
      }
    } else if (isComponent(node, 'Cite')) {
      const found = medicalDetailIn(stringAttribute(node, 'quote') ?? '');
      if (found.length > 0) report(node, 'summary-medical-quote', `the summary's notes would quote medical detail (${named(found)}); cite a passage without it`);
    }
  });
}

export const summaryElementsRule: Rule = {
  name: 'summary-elements',
  codes: ['summary-element'],
  check: summaryElements,
  examples: {
    ok: ['Chrissy Teigen wrote about the loss of her son, Jack.'],
    notOk: [
      { input: '<Figure alt="A couple on a sofa." caption="Shared on Instagram." credit="Picture: Instagram" />', codes: ['summary-element'] },
      { input: '<Sensitive topic="medical details">\n\nA passage.\n\n</Sensitive>', codes: ['summary-element'] },
    ],
  },
};

export const noMedicalDetailRule: Rule = {
  name: 'no-medical-detail',
  codes: ['summary-medical-word', 'summary-medical-quote'],
  check: noMedicalDetail,
  examples: {
    ok: ['She wrote about their grief. <Cite source="heart" quote="wrote about their grief" />'],
    notOk: [
      { input: 'She was in hospital for days.', codes: ['summary-medical-word'] },
      { input: 'She wrote about it. <Cite source="heart" quote="the doctors told us" />', codes: ['summary-medical-quote'] },
    ],
  },
};
