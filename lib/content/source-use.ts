import { diagnostic, type Diagnostic } from './diagnostics';
import type { Claim } from './model';
import type { LoadedSources } from './sources';

/**
 * Which archived articles the story uses, once its citations are resolved
 * (stages 5 and 6). Readers are told how many articles the account combines
 * ("4 of 5 articles report this", "combined from 5 articles") and see each one
 * in the list of articles, so an article the account never uses would be
 * counted and listed for nothing: that is an error. An article that is never
 * cited but holds a cited passage does report a claim, and is counted in its
 * note; that is a warning, since its own words are never quoted.
 */

/** What a document of the story (the account, or its summary) tells of its use of sources. */
export interface DocumentUse {
  claims: readonly Claim[];
  /** Sources named by one of its `<Cite>`s. */
  cited: ReadonlySet<string>;
  /** Every `<Cite>` names a known source: `cited` is all it uses. */
  complete: boolean;
}

const FILE_START = { line: 1, column: 1 };

/** How many claims of the documents each source reports. */
function reportedClaims(documents: readonly DocumentUse[]): Map<string, number> {
  const claims = new Map<string, number>();
  for (const { claims: documentClaims } of documents) {
    for (const claim of documentClaims) for (const { sourceId } of claim.reports) claims.set(sourceId, (claims.get(sourceId) ?? 0) + 1);
  }
  return claims;
}

/**
 * A diagnostic for each source the documents do not cite. Undefined stands
 * for a document that did not parse: with it, or with a `<Cite>` naming no
 * known source (a misspelt id may mean any of them), the use of sources is
 * not known, and nothing is said.
 */
export function checkSourceUse(sources: LoadedSources, documents: readonly (DocumentUse | undefined)[]): Diagnostic[] {
  if (documents.some((document) => !document?.complete)) return [];
  const known = documents as readonly DocumentUse[];
  const cited = new Set(known.flatMap((document) => [...document.cited]));
  const reported = reportedClaims(known);
  return [...sources.byId.values()].flatMap((source) => {
    if (cited.has(source.id)) return [];
    const claims = reported.get(source.id);
    return claims
      ? [diagnostic(source.file, FILE_START, 'source-uncited',
          `source "${source.id}" is never cited; it is counted as reporting ${claims === 1 ? 'one claim only because it holds its' : `${claims} claims only because it holds their`} cited words`, 'warning')]
      : [diagnostic(source.file, FILE_START, 'source-unused',
          `source "${source.id}" is neither cited nor reports any claim, yet readers would count it among the story's articles ("of ${sources.byId.size} articles"); cite it, or remove this file`)];
  });
}
