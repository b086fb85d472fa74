import { fold } from '../matching/fold';
import type { CitationRef, Note, Passage } from './model';
import type { SourceSearch } from './resolve';

/**
 * Stage 6, the notes list (MediaWiki's ReferenceStack): one note per distinct
 * cited passage, numbered by first appearance, with every use of it and the
 * other sources that contain the same words.
 */
export class NoteStack {
  private readonly byPassage = new Map<string, Note>();

  constructor(private readonly search: SourceSearch) {}

  /** The note for this passage (new or existing) with this use recorded; returns its number. */
  add(passage: Passage, quote: string, use: CitationRef): number {
    const key = `${passage.sourceId}:${passage.paragraph}:${passage.start}:${passage.end}`;
    let note = this.byPassage.get(key);
    if (!note) {
      note = { ...passage, number: this.byPassage.size + 1, passage: this.verbatim(passage), uses: [], alsoIn: this.search.passages.firstInEachSource(fold(quote), passage.sourceId) };
      this.byPassage.set(key, note);
    }
    note.uses.push(use);
    return note.number;
  }

  get notes(): Note[] {
    return [...this.byPassage.values()];
  }

  private verbatim({ sourceId, paragraph, start, end }: Passage): string {
    return this.search.get(sourceId)!.source.paragraphs[paragraph - 1]!.text.slice(start, end);
  }
}
