import type { Citation, Claim, Source, Story } from '../content/model';
import { paragraphId } from './anchors';
import { annotationTarget, cslItem } from './annotation';
import type { CitationsFile } from './citations-schema';
import { claimPath, paragraphPath, sourcePath, storyPath } from './routes';
import { absoluteUrl } from './site';
import { articleCount, passageText, sourceOf } from './story-index';

const MATCHING =
  'A quote matches when it equals the source text after folding typography only: curly and straight quotes, dash and ellipsis styles, whitespace and case. ' +
  'start and end are UTF-16 offsets into the paragraph, end exclusive; each target gives the same passage as a W3C Web Annotation target: a TextQuoteSelector, ' +
  'and the paragraph (FragmentSelector) refined by a TextPositionSelector counted in code points.';

function sourceRecord(story: Story, source: Source): CitationsFile['sources'][number] {
  const archive = absoluteUrl(sourcePath(story.slug, source.id));
  return {
    id: source.id,
    name: source.name,
    outlet: source.meta.outlet ?? null,
    title: source.meta.title ?? null,
    published: source.meta.published ?? null,
    url: source.meta.url ?? null,
    archive,
    csl: cslItem(source, archive),
  };
}

function citationRecord(story: Story, citation: Citation) {
  const paragraph = sourceOf(story, citation.sourceId).paragraphs[citation.paragraph - 1]!;
  return {
    source: citation.sourceId,
    quote: citation.quote,
    passage: passageText(story, citation),
    paragraph: citation.paragraph,
    start: citation.start,
    end: citation.end,
    archive: absoluteUrl(paragraphPath(story.slug, citation.sourceId, citation.paragraph)),
    target: annotationTarget(absoluteUrl(sourcePath(story.slug, citation.sourceId)), paragraph.text, citation, paragraphId(citation.paragraph)),
  };
}

function claimRecord(story: Story, claim: Claim): CitationsFile['claims'][number] {
  return {
    id: claim.id,
    number: claim.number,
    text: claim.text,
    anchor: absoluteUrl(claimPath(story.slug, claim)),
    citations: claim.citations.map((citation) => citationRecord(story, citation)),
    reportedBy: claim.reports.map((report) => report.sourceId),
    corroboration: { reporting: claim.reports.length, of: articleCount(story) },
  };
}

/**
 * The machine-readable record of every claim and its resolved citations, so
 * anyone can re-check them (version 2; its schema is lib/view/citations-schema.ts).
 * Addresses are absolute, on the configured site, never the request's host.
 */
export function citationsExport(story: Story): CitationsFile {
  const { meta } = story;
  return {
    version: 2,
    story: { slug: story.slug, title: meta.title, url: absoluteUrl(storyPath(story.slug)), published: meta.published, updated: meta.updated ?? null },
    matching: MATCHING,
    sources: story.sources.map((source) => sourceRecord(story, source)),
    claims: story.claims.map((claim) => claimRecord(story, claim)),
  };
}
