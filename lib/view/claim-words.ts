import type { PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isComponent, stringAttribute, visitCiteRuns, type CiteRun } from '../content/elements';
import { ANNOTATIONS } from '../content/model';

/** The element the page renders a claim's words as (components/StoryBody.tsx): never written by an author. */
export const CLAIM_WORDS = 'ClaimWords';

function wrap({ parent, cites, claimNodes: [start, end] }: CiteRun) {
  const claim = stringAttribute(cites[0]!, ANNOTATIONS.claim);
  if (!claim || start === end || !cites.every((cite) => isComponent(cite, 'Cite') && cite.type === 'mdxJsxTextElement')) return;
  const words: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: CLAIM_WORDS,
    attributes: [{ type: 'mdxJsxAttribute', name: ANNOTATIONS.claim, value: claim }],
    children: parent.children.slice(start, end) as PhrasingContent[],
  };
  parent.children.splice(start, end - start, words);
}

/**
 * A remark plugin for the page's compile, after the pipeline's walk has
 * numbered the claims: it wraps each claim's words in one element, where the
 * claim's note returns the reader (its Close, and links to the claim from an
 * archived article). Runs are wrapped last first, so the places the walk
 * found stay valid while their parent changes.
 */
export function remarkClaimWords() {
  return (tree: Root): void => {
    const runs: CiteRun[] = [];
    visitCiteRuns(tree, (run) => runs.push(run));
    for (const run of runs.reverse()) wrap(run);
  };
}
