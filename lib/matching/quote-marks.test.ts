import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { curlQuotes } from './quote-marks';

describe('curlQuotes', () => {
  it('turns straight double quotes into opening and closing curly ones', () => {
    expect(curlQuotes('she said "no matter how uncomfortable it was".', '"')).toBe('she said “no matter how uncomfortable it was”.');
    expect(curlQuotes('"He hated it."', '"')).toBe('“He hated it.”');
  });

  it('turns an apostrophe into a closing single quote, and leaves the other mark alone', () => {
    expect(curlQuotes("it's 'fine', \"she\" said", "'")).toBe('it’s ‘fine’, "she" said');
  });

  it('changes nothing citation matching compares', () => {
    const text = `he said "it's" and 'no'`;
    expect(fold(curlQuotes(curlQuotes(text, '"'), "'"))).toBe(fold(text));
  });
});
