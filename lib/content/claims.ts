import { fold } from '../matching/fold';
import { corroborate } from './corroborate';
import type { Report } from './diagnostics';
import type { ClaimDraft } from './extract';
import { stableId } from './ids';
import type { Citation, Claim, Note } from './model';
import { NoteStack } from './notes';
import { resolveCite, type SourceSearch } from './resolve';

/**
 * Stages 5 to 7 for one document: every claim's citations resolved, its notes
 * numbered, its corroboration computed; and which sources it cites at all.
 */
export interface ResolvedClaims {
  claims: Claim[];
  notes: Note[];
  /** Sources named by a `<Cite>` of the document, whether or not its quote was found. */
  cited: Set<string>;
}

export function resolveClaims(drafts: readonly ClaimDraft[], search: SourceSearch, report: Report): ResolvedClaims {
  const stack = new NoteStack(search);
  const cited = new Set<string>();
  const citationsOf = drafts.map((draft) =>
    draft.cites.flatMap((cite, index): Citation[] => {
      if (search.get(cite.sourceId)) cited.add(cite.sourceId);
      const passage = resolveCite(cite, search, report);
      if (!passage) return [];
      const note = stack.add(passage, cite.quote, { claim: draft.number, citation: index + 1 });
      return [{ ...passage, index: index + 1, quote: cite.quote, note }];
    }),
  );
  const notes = stack.notes;
  const claims = drafts.map((draft, i): Claim => ({
    id: `claim-${stableId(fold(draft.text))}`,
    number: draft.number,
    text: draft.text,
    citations: citationsOf[i]!,
    reports: corroborate(citationsOf[i]!, notes, search.ids),
  }));
  disambiguateIds(claims);
  return { claims, notes, cited };
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
