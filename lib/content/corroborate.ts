import type { Claim, Source, Story } from './model';

export interface Report {
  source: Source;
  /** The paragraph of that source where the claim's words stand (the first, if several). */
  paragraph: number;
}

/**
 * Every source that reports a claim, with where it does: the sources it cites,
 * and those where the search found a cited passage too. In source order.
 */
export function claimReports(story: Story, claim: Claim): Report[] {
  const paragraphBySource = new Map<string, number>();
  for (const citation of claim.citations) {
    if (!paragraphBySource.has(citation.sourceId)) paragraphBySource.set(citation.sourceId, citation.paragraph);
    const note = story.notes[citation.noteNumber - 1];
    for (const occurrence of note?.alsoIn ?? []) {
      if (!paragraphBySource.has(occurrence.sourceId)) paragraphBySource.set(occurrence.sourceId, occurrence.paragraph);
    }
  }
  return story.sources.flatMap((source) => {
    const paragraph = paragraphBySource.get(source.id);
    return paragraph === undefined ? [] : [{ source, paragraph }];
  });
}
