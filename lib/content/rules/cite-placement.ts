import type { Root } from 'mdast';
import type { Report } from '../diagnostics';
import { visitCiteRuns } from '../elements';
import type { Rule } from './rule';

/** Rule: a `<Cite>` is self-closing and stands right after the words it supports, in the same paragraph. */
function citePlacement(tree: Root, report: Report) {
  visitCiteRuns(tree, ({ cites, claimText }) => {
    if (claimText === '') {
      report(cites[0]!, 'cite-placement', '<Cite> must follow the words it supports, in the same paragraph (put it right after the claim)');
    }
    for (const cite of cites) {
      if (cite.children.length > 0) report(cite, 'cite-not-self-closing', '<Cite> must be self-closing: <Cite source="…" quote="…" />');
    }
  });
}

export const citePlacementRule: Rule = {
  name: 'cite-placement',
  codes: ['cite-placement', 'cite-not-self-closing'],
  check: citePlacement,
  examples: {
    ok: ['She shared the news on Instagram. <Cite source="heart" quote="shared the news" />'],
    notOk: [
      { input: '<Cite source="heart" quote="shared the news" />', codes: ['cite-placement'] },
      { input: 'She shared the news. <Cite source="heart" quote="shared the news">words</Cite>', codes: ['cite-not-self-closing'] },
    ],
  },
};
