import { describe, expect, it } from 'vitest';
import { linkToPassages, textFragment } from '@/lib/view/text-fragment';

describe('textFragment', () => {
  it('given a short passage, when linked, quotes it whole with its syntax characters escaped', () => {
    expect(textFragment('well-known, fish & chips')).toBe(':~:text=well%2Dknown%2C%20fish%20%26%20chips');
  });

  it('given a long passage, when linked, gives its first and last words as a range', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragment(passage)).toBe(':~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});

describe('linkToPassages', () => {
  it('given an address that already has a fragment, replaces it', () => {
    expect(linkToPassages('https://example.org/a#top', ['the photos'])).toBe('https://example.org/a#:~:text=the%20photos');
  });

  it('given several passages, gives one text directive for each, so the browser highlights them all', () => {
    expect(linkToPassages('https://example.org/a', ['the photos', 'her mother'])).toBe('https://example.org/a#:~:text=the%20photos&text=her%20mother');
  });

  it('given no passage with words, gives the address alone', () => {
    expect(linkToPassages('https://example.org/a#x', ['  '])).toBe('https://example.org/a');
  });
});
