import type { Root } from 'mdast';
import type { Report } from '../diagnostics';
import { visitCiteRuns } from '../elements';

/** Rule: a `<Cite>` is self-closing and stands right after the words it supports, in the same paragraph. */
export function citePlacement(tree: Root, report: Report) {
  visitCiteRuns(tree, ({ cites, claimText }) => {
    if (claimText === '') {
      report(cites[0]!, 'cite-placement', '<Cite> must follow the words it supports, in the same paragraph (put it right after the claim)');
    }
    for (const cite of cites) {
      if (cite.children.length > 0) report(cite, 'cite-not-self-closing', '<Cite> must be self-closing: <Cite source="…" quote="…" />');
    }
  });
}
