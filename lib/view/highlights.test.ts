import { describe, expect, it } from 'vitest';
import { highlightSegments } from '@/lib/view/highlights';
import type { Note } from '@/lib/content/model';
import { linkToPassage, textFragment } from '@/lib/view/text-fragment';

const note = (number: number, start: number, end: number): Note => ({
  number, sourceId: 's', paragraph: 1, start, end, passage: '', uses: [{ claim: number, citation: 1 }], alsoIn: [],
});

describe('highlightSegments', () => {
  const text = 'He hated it. I could tell. It did not make sense.';

  it('given one cited passage, when cut, marks exactly its words and keeps the rest plain', () => {
    const segments = highlightSegments(text, [note(1, 13, 26)]);
    expect(segments.map((s) => [s.text, s.notes.length])).toEqual([
      ['He hated it. ', 0],
      ['I could tell.', 1],
      [' It did not make sense.', 0],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('given two overlapping passages, when cut, merges them into one highlight carrying both notes', () => {
    const segments = highlightSegments(text, [note(2, 13, 26), note(1, 0, 20)]);
    expect(segments[0]).toMatchObject({ text: 'He hated it. I could tell.', endsHighlight: true });
    expect(segments[0]!.notes.map((n) => n.number)).toEqual([1, 2]);
  });

  it('given no passages, returns the paragraph as one plain segment', () => {
    expect(highlightSegments(text, [])).toEqual([{ text, notes: [], endsHighlight: false }]);
  });
});

describe('textFragment', () => {
  it('given a short passage, when linked, quotes it whole with its syntax characters escaped', () => {
    expect(textFragment('well-known, fish & chips')).toBe(':~:text=well%2Dknown%2C%20fish%20%26%20chips');
  });

  it('given a long passage, when linked, gives its first and last words as a range', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragment(passage)).toBe(':~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });

  it('given an address that already has a fragment, replaces it', () => {
    expect(linkToPassage('https://example.org/a#top', 'the photos')).toBe('https://example.org/a#:~:text=the%20photos');
  });
});
