import { fold } from '../matching/fold';
import { corroborate } from './corroborate';
import type { Report } from './diagnostics';
import type { CiteDraft, ClaimDraft } from './extract';
import { stableId } from './ids';
import type { Citation, Claim } from './model';
import { resolveCite, type SourceSearch } from './resolve';

/**
 * Stages 5 and 6 for one document: every claim's citations resolved to their
 * passages, the same words found in the other sources, and who reports each
 * claim; and which sources the document cites at all.
 */
export interface ResolvedClaims {
  claims: Claim[];
  /** Sources named by a `<Cite>` of the document, whether or not its quote was found. */
  cited: Set<string>;
  /** Every `<Cite>` names a source of the story, so `cited` is every source the document names. */
  complete: boolean;
}

function resolveCitation(cite: CiteDraft, index: number, search: SourceSearch, report: Report): Citation | undefined {
  const passage = resolveCite(cite, search, report);
  if (!passage) return undefined;
  const alsoIn = search.passages.firstInEachSource(fold(cite.quote), passage.sourceId);
  return { ...passage, index, quote: cite.quote, alsoIn };
}

export function resolveClaims(drafts: readonly ClaimDraft[], search: SourceSearch, report: Report): ResolvedClaims {
  const cited = new Set<string>();
  let complete = true;
  const claims = drafts.map((draft): Claim => {
    const citations = draft.cites.flatMap((cite, i) => {
      if (search.get(cite.sourceId)) cited.add(cite.sourceId);
      else complete = false;
      return resolveCitation(cite, i + 1, search, report) ?? [];
    });
    return {
      id: `claim-${stableId(fold(draft.text))}`,
      number: draft.number,
      text: draft.text,
      citations,
      reports: corroborate(citations, search.order),
    };
  });
  disambiguateIds(claims);
  return { claims, cited, complete };
}

/** Two claims with the same words (rare, but possible) must still have distinct ids. */
function disambiguateIds(claims: Claim[]) {
  const seen = new Map<string, number>();
  for (const claim of claims) {
    const count = (seen.get(claim.id) ?? 0) + 1;
    seen.set(claim.id, count);
    if (count > 1) claim.id = `${claim.id}-${count}`;
  }
}
