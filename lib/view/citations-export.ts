import type { Story } from '../content/model';
import { claimPath, paragraphPath, sourcePath, storyPath } from './routes';
import { passageText } from './story-index';

/** The machine-readable record of every claim and its resolved citations, so anyone can re-check them. */
export function citationsExport(story: Story) {
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
      archive: sourcePath(story.slug, source.id),
    })),
    claims: story.claims.map((claim) => ({
      id: claim.id,
      number: claim.number,
      text: claim.text,
      anchor: claimPath(story.slug, claim),
      citations: claim.citations.map((citation) => ({
        source: citation.sourceId,
        quote: citation.quote,
        passage: passageText(story, citation),
        paragraph: citation.paragraph,
        start: citation.start,
        end: citation.end,
        archive: paragraphPath(story.slug, citation.sourceId, citation.paragraph),
      })),
      reportedBy: claim.reports.map((report) => report.sourceId),
      corroboration: `${claim.reports.length} of ${story.sources.length}`,
    })),
  };
}
