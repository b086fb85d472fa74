import { describe, expect, it } from 'vitest';
import { wordDifferences } from './word-diff';

describe('wordDifferences', () => {
  it('names one changed word, as written and as the article has it', () => {
    expect(wordDifferences('I had asked my mum and John to take pictures', 'I had asked my mom and John to take pictures')).toEqual([{ written: 'mum', article: 'mom' }]);
  });

  it('compares words as citation matching does: case and typography are no difference', () => {
    expect(wordDifferences('He HATED it. I couldn’t tell', 'he hated it. I couldn\'t say')).toEqual([{ written: 'tell', article: 'say' }]);
  });

  it('shows a left-out or an added word with its neighbours on both sides, so neither side is empty', () => {
    expect(wordDifferences('I asked my mom and John', 'I had asked my mom and John')).toEqual([{ written: 'I asked', article: 'I had asked' }]);
    expect(wordDifferences('I had really asked my mom', 'I had asked my mom')).toEqual([{ written: 'had really asked', article: 'had asked' }]);
  });

  it('names each of a few places, in order', () => {
    expect(wordDifferences('She asked John and her father to take photos', 'she asked John and her mother to take pictures')).toEqual([
      { written: 'father', article: 'mother' },
      { written: 'photos', article: 'pictures' },
    ]);
  });

  it('does not count the words of the article before and after the quote', () => {
    expect(wordDifferences('asked my mum and John', 'I had asked my mom and John to take')).toEqual([{ written: 'mum', article: 'mom' }]);
  });

  it('gives nothing when the passage is another one, not the quote with a few words changed', () => {
    expect(wordDifferences('zebra quokka walrus', 'she asked John and her mother')).toBeUndefined();
    expect(wordDifferences('a b c d e f g h', 'a x c y e z g w')).toBeUndefined();
    expect(wordDifferences('the same words', 'the same words')).toBeUndefined();
  });
});
