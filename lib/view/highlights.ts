export interface Highlightable {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Where it starts in the paragraph. */
  start: number;
  /** Part of a cited passage. */
  marked: boolean;
}

/** The highlighted runs of a paragraph: overlapping passages (two claims quoting overlapping words) merge into one. */
export function highlightRuns(passages: readonly Highlightable[]): Highlightable[] {
  const runs: Highlightable[] = [];
  for (const passage of [...passages].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = runs[runs.length - 1];
    if (last && passage.start <= last.end) last.end = Math.max(last.end, passage.end);
    else runs.push({ start: passage.start, end: passage.end });
  }
  return runs;
}

/** Cuts a paragraph into plain and highlighted segments, the paragraph's text whole and in order. */
export function highlightSegments(text: string, passages: readonly Highlightable[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const run of highlightRuns(passages)) {
    if (run.start > cursor) segments.push({ text: text.slice(cursor, run.start), start: cursor, marked: false });
    segments.push({ text: text.slice(run.start, run.end), start: run.start, marked: true });
    cursor = run.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, marked: false });
  return segments;
}
