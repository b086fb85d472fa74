import { describe, expect, it } from 'vitest';
import { readingTime, WORDS_PER_MINUTE } from './reading-time';

describe('readingTime', () => {
  it('rounds to whole minutes at the average reading rate, in plain words', () => {
    expect(readingTime(WORDS_PER_MINUTE * 6)).toBe('About 6 minutes to read');
    expect(readingTime(WORDS_PER_MINUTE * 4.6)).toBe('About 5 minutes to read');
    expect(readingTime(WORDS_PER_MINUTE * 4.4)).toBe('About 4 minutes to read');
  });

  it('never says zero, and says one minute in the singular', () => {
    expect(readingTime(0)).toBe('About 1 minute to read');
    expect(readingTime(WORDS_PER_MINUTE)).toBe('About 1 minute to read');
  });
});
