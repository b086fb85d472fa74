import type { Story } from '../content/model';
import { markerPath, paragraphPath, storyPath } from './routes';

/** The machine-readable record of every claim and its resolved citations, so anyone can re-check them. */
export function citationsExport(story: Story) {
  const passageOf = (sourceId: string, paragraph: number, start: number, end: number) =>
    story.sources.find((s) => s.id === sourceId)!.paragraphs[paragraph - 1]!.text.slice(start, end);
  return {
    story: {
      slug: story.slug,
      title: story.meta.title,
      url: storyPath(story.slug),
      published: story.meta.published,
      updated: story.meta.updated ?? null,
    },
    matching: 'A quote matches when it equals the source text after folding typography only: curly and straight quotes, dash and ellipsis styles, whitespace and case. Ranges are UTF-16 offsets into the paragraph, end exclusive.',
    sources: story.sources.map((source) => ({
      id: source.id,
      name: source.name,
      outlet: source.meta.outlet ?? null,
      title: source.meta.title ?? null,
      published: source.meta.published ?? null,
      url: source.meta.url ?? null,
      archive: `/stories/${story.slug}/sources/${source.id}`,
    })),
    claims: story.claims.map((claim) => ({
      id: claim.id,
      number: claim.number,
      text: claim.text,
      anchor: markerPath(story.slug, claim.anchor),
      citations: claim.citations.map((citation) => ({
        source: citation.sourceId,
        quote: citation.quote,
        passage: passageOf(citation.sourceId, citation.paragraph, citation.start, citation.end),
        paragraph: citation.paragraph,
        start: citation.start,
        end: citation.end,
        note: citation.noteNumber,
        marker: markerPath(story.slug, citation.markerId),
        archive: paragraphPath(story.slug, citation.sourceId, citation.paragraph),
      })),
      reportedBy: claim.reportedBy,
      corroboration: `${claim.reportedBy.length} of ${story.sources.length}`,
    })),
  };
}
