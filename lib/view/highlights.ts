export interface Highlightable {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Part of a cited passage. */
  marked: boolean;
}

/**
 * Cuts a paragraph into plain and highlighted segments, the paragraph's text
 * whole and in order. Overlapping passages (two claims quoting overlapping
 * words) merge into one highlighted run.
 */
export function highlightSegments(text: string, passages: readonly Highlightable[]): Segment[] {
  const runs: Highlightable[] = [];
  for (const passage of [...passages].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = runs[runs.length - 1];
    if (last && passage.start <= last.end) last.end = Math.max(last.end, passage.end);
    else runs.push({ start: passage.start, end: passage.end });
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const run of runs) {
    if (run.start > cursor) segments.push({ text: text.slice(cursor, run.start), marked: false });
    segments.push({ text: text.slice(run.start, run.end), marked: true });
    cursor = run.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
