import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@/lib/view/highlights';

describe('highlightSegments', () => {
  const text = 'He hated it. I could tell. It did not make sense.';

  it('given one cited passage, when cut, marks exactly its words and keeps the rest plain', () => {
    const segments = highlightSegments(text, [{ start: 13, end: 26 }]);
    expect(segments).toEqual([
      { text: 'He hated it. ', start: 0, marked: false },
      { text: 'I could tell.', start: 13, marked: true },
      { text: ' It did not make sense.', start: 26, marked: false },
    ]);
  });

  it('given overlapping or touching passages, when cut, merges them into one highlight', () => {
    expect(highlightSegments(text, [{ start: 13, end: 26 }, { start: 0, end: 20 }])[0]).toEqual({ text: 'He hated it. I could tell.', start: 0, marked: true });
    expect(highlightSegments(text, [{ start: 0, end: 12 }, { start: 12, end: 26 }]).filter((s) => s.marked)).toHaveLength(1);
  });

  it('keeps the whole paragraph, in order, whatever the passages', () => {
    const segments = highlightSegments(text, [{ start: 27, end: 49 }, { start: 3, end: 8 }, { start: 5, end: 11 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('given no passages, returns the paragraph as one plain segment', () => {
    expect(highlightSegments(text, [])).toEqual([{ text, start: 0, marked: false }]);
  });
});
