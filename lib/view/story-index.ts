import type { Claim, Passage, Report, Source, Story, StoryDocument, StoryListing } from '../content/model';
import { highlightRuns } from './highlights';

/**
 * Lookups the pages need, built once per story object (in production a story
 * is built once per server process, so this is too). The one way to find a
 * source by its id, and the passages of each paragraph that claims rest on.
 */

/** A passage of an archived paragraph that a claim rests on: cited for it, or holding the same words. */
export interface SupportingPassage {
  start: number;
  end: number;
  claim: Claim;
}

const sourcesById = new WeakMap<Story, ReadonlyMap<string, Source>>();
const passagesByParagraph = new WeakMap<StoryDocument, ReadonlyMap<string, readonly SupportingPassage[]>>();

const paragraphKey = (sourceId: string, paragraph: number) => `${sourceId}#${paragraph}`;

/**
 * How many articles the account combines: the M of "N of M articles", of
 * "combined from M articles" and of every list of a story's articles, read
 * from a built story and from a listing alike. Every source of a story that
 * passed the check is one the account uses (cited, or reporting a claim):
 * the check refuses one it never uses (lib/content/source-use.ts).
 */
export const articleCount = (story: Pick<StoryListing, 'sources'>) => story.sources.length;

export function findSource(story: Story, id: string): Source | undefined {
  let byId = sourcesById.get(story);
  if (!byId) {
    byId = new Map(story.sources.map((source) => [source.id, source]));
    sourcesById.set(story, byId);
  }
  return byId.get(id);
}

/** A source known to be in the story (its id came from the pipeline). */
export function sourceOf(story: Story, id: string): Source {
  const source = findSource(story, id);
  if (!source) throw new Error(`no source "${id}" in story "${story.slug}"`);
  return source;
}

/** The source's own words for a passage, verbatim. */
export const passageText = (story: Story, passage: Passage) =>
  sourceOf(story, passage.sourceId).paragraphs[passage.paragraph - 1]!.text.slice(passage.start, passage.end);

function indexPassages(document: StoryDocument): ReadonlyMap<string, readonly SupportingPassage[]> {
  const byParagraph = new Map<string, SupportingPassage[]>();
  const add = (passage: Passage, claim: Claim) => {
    const key = paragraphKey(passage.sourceId, passage.paragraph);
    const list = byParagraph.get(key) ?? [];
    list.push({ start: passage.start, end: passage.end, claim });
    byParagraph.set(key, list);
  };
  for (const claim of document.claims) {
    for (const citation of claim.citations) {
      add(citation, claim);
      for (const occurrence of citation.alsoIn) add(occurrence, claim);
    }
  }
  return byParagraph;
}

/** The passages of one paragraph that the document's claims rest on, in claim order. */
export function passagesIn(document: StoryDocument, sourceId: string, paragraph: number): readonly SupportingPassage[] {
  let index = passagesByParagraph.get(document);
  if (!index) {
    index = indexPassages(document);
    passagesByParagraph.set(document, index);
  }
  return index.get(paragraphKey(sourceId, paragraph)) ?? [];
}

/**
 * Whether an archived article's page shows a paragraph as text, with its
 * passages highlighted (components/SourceText.tsx): not a photo's caption,
 * shown as the photo's placeholder, nor the headline, shown as the page's title.
 */
export function showsHighlights(source: Source, paragraph: number): boolean {
  const shown = source.paragraphs[paragraph - 1];
  return Boolean(shown && !shown.isCaption && !(source.meta.headline && paragraph === 1));
}

/**
 * Where on its archived article's page a passage is highlighted: the start of
 * the run that holds it (undefined when the account's claims mark no run
 * there, as for a passage only the summary cites, or when the page does not
 * highlight that paragraph: a caption or the headline).
 */
export function highlightedRunStart(story: Story, passage: Passage): number | undefined {
  if (!showsHighlights(sourceOf(story, passage.sourceId), passage.paragraph)) return undefined;
  const runs = highlightRuns(passagesIn(story, passage.sourceId, passage.paragraph));
  return runs.find((run) => run.start <= passage.start && passage.end <= run.end)?.start;
}

/**
 * The other articles that hold the same words as a claim's cited passages, each
 * once, in source order: the claim's reports (stage 6 found them) beyond the
 * articles it cites.
 */
export function sameWordsElsewhere(claim: Claim): Report[] {
  const cited = new Set(claim.citations.map((citation) => citation.sourceId));
  return claim.reports.filter((report) => !cited.has(report.sourceId));
}

/** A claim of the document by its number. */
export const claimOf = (document: StoryDocument, number: number) => document.claims[number - 1];

/**
 * The claims of the account that only this source reports: no other article
 * holds a cited passage. The same corroboration as the markers ("1 of 5
 * articles"), read the other way.
 */
export const claimsOnlyIn = (story: Story, sourceId: string): Claim[] =>
  story.claims.filter((claim) => claim.reports.length === 1 && claim.reports[0]!.sourceId === sourceId);
