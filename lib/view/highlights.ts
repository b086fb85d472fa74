import type { Note } from '../content/model';

export interface Segment {
  text: string;
  /** Notes whose passage covers this segment; empty for plain text. */
  notes: Note[];
  /** True for the last segment of a highlighted run, where its back-links belong. */
  endsHighlight: boolean;
}

/**
 * Cuts a paragraph into plain and highlighted segments. Overlapping passages
 * (two claims quoting overlapping words) merge into one highlighted run, whose
 * back-links name every note it carries.
 */
export function highlightSegments(text: string, notes: readonly Note[]): Segment[] {
  const runs: { start: number; end: number; notes: Note[] }[] = [];
  for (const note of [...notes].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = runs[runs.length - 1];
    if (last && note.start < last.end) {
      last.end = Math.max(last.end, note.end);
      last.notes.push(note);
    } else {
      runs.push({ start: note.start, end: note.end, notes: [note] });
    }
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const run of runs) {
    if (run.start > cursor) segments.push({ text: text.slice(cursor, run.start), notes: [], endsHighlight: false });
    segments.push({ text: text.slice(run.start, run.end), notes: run.notes, endsHighlight: true });
    cursor = run.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), notes: [], endsHighlight: false });
  return segments;
}
