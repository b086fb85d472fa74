import type { Claim, Note, ResolvedCitation, Source, Story } from './model';

/**
 * Lookups the pages need for every marker, note and paragraph, built once per
 * story object. In production a story is built once per server process
 * (lib/content.ts), so this is too; the components no longer search every
 * claim for every one of the story's markers on every request.
 */
export interface StoryIndex {
  sourceById: ReadonlyMap<string, Source>;
  /** Each marker's claim, citation and cited source. */
  markers: ReadonlyMap<string, { claim: Claim; citation: ResolvedCitation; source: Source }>;
  /** The notes quoting each paragraph of each source, keyed `${sourceId}#${paragraph}`. */
  notesByParagraph: ReadonlyMap<string, readonly Note[]>;
}

const indexes = new WeakMap<Story, StoryIndex>();

export const paragraphKey = (sourceId: string, paragraph: number) => `${sourceId}#${paragraph}`;

export function storyIndex(story: Story): StoryIndex {
  let index = indexes.get(story);
  if (index) return index;
  const sourceById = new Map(story.sources.map((source) => [source.id, source]));
  const markers = new Map<string, { claim: Claim; citation: ResolvedCitation; source: Source }>();
  for (const claim of story.claims) {
    for (const citation of claim.citations) {
      const source = sourceById.get(citation.sourceId);
      // The first claim holding a marker wins, as a search in document order would find.
      if (source && !markers.has(citation.markerId)) markers.set(citation.markerId, { claim, citation, source });
    }
  }
  const notesByParagraph = new Map<string, Note[]>();
  for (const note of story.notes) {
    const key = paragraphKey(note.sourceId, note.paragraph);
    const list = notesByParagraph.get(key);
    if (list) list.push(note);
    else notesByParagraph.set(key, [note]);
  }
  index = { sourceById, markers, notesByParagraph };
  indexes.set(story, index);
  return index;
}
