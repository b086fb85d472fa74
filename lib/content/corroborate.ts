import type { Citation, Report } from './model';

/**
 * Stage 6, corroboration, computed once per claim: every source that reports
 * it, with the paragraph where it does: the sources it cites, and those where
 * the search found a cited passage too. In source order; for each source, the
 * first paragraph found.
 */
export function corroborate(citations: readonly Citation[], sourceOrder: ReadonlyMap<string, number>): Report[] {
  const paragraphBySource = new Map<string, number>();
  const add = (sourceId: string, paragraph: number) => {
    if (!paragraphBySource.has(sourceId)) paragraphBySource.set(sourceId, paragraph);
  };
  for (const citation of citations) {
    add(citation.sourceId, citation.paragraph);
    for (const occurrence of citation.alsoIn) add(occurrence.sourceId, occurrence.paragraph);
  }
  // Sorted, not looked up source by source: a claim is reported by a few of a story's sources, however many it has.
  return [...paragraphBySource]
    .sort(([a], [b]) => sourceOrder.get(a)! - sourceOrder.get(b)!)
    .map(([sourceId, paragraph]) => ({ sourceId, paragraph }));
}
