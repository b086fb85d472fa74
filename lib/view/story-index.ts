import type { Claim, Note, Source, Story, StoryDocument } from '../content/model';

/**
 * Lookups the pages need for every marker, note and paragraph, built once per
 * story object (in production a story is built once per server process, so
 * this is too). The one way to find a source by its id.
 */
interface SourceIndex {
  byId: ReadonlyMap<string, Source>;
}

interface DocumentIndex {
  /** Claims by number. */
  claims: ReadonlyMap<number, Claim>;
  /** The notes quoting each paragraph of each source, keyed `${sourceId}#${paragraph}`. */
  notesByParagraph: ReadonlyMap<string, readonly Note[]>;
}

const sourceIndexes = new WeakMap<Story, SourceIndex>();
const documentIndexes = new WeakMap<StoryDocument, DocumentIndex>();

const paragraphKey = (sourceId: string, paragraph: number) => `${sourceId}#${paragraph}`;

export function findSource(story: Story, id: string): Source | undefined {
  let index = sourceIndexes.get(story);
  if (!index) {
    index = { byId: new Map(story.sources.map((source) => [source.id, source])) };
    sourceIndexes.set(story, index);
  }
  return index.byId.get(id);
}

/** A source known to be in the story (its id came from the pipeline). */
export function sourceOf(story: Story, id: string): Source {
  const source = findSource(story, id);
  if (!source) throw new Error(`no source "${id}" in story "${story.slug}"`);
  return source;
}

function documentIndex(document: StoryDocument): DocumentIndex {
  let index = documentIndexes.get(document);
  if (index) return index;
  const notesByParagraph = new Map<string, Note[]>();
  for (const note of document.notes) {
    const key = paragraphKey(note.sourceId, note.paragraph);
    const list = notesByParagraph.get(key);
    if (list) list.push(note);
    else notesByParagraph.set(key, [note]);
  }
  index = { claims: new Map(document.claims.map((claim) => [claim.number, claim])), notesByParagraph };
  documentIndexes.set(document, index);
  return index;
}

export const claimOf = (document: StoryDocument, number: number) => documentIndex(document).claims.get(number);

export const notesQuoting = (document: StoryDocument, sourceId: string, paragraph: number): readonly Note[] =>
  documentIndex(document).notesByParagraph.get(paragraphKey(sourceId, paragraph)) ?? [];
