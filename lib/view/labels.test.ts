import { describe, expect, it } from 'vitest';
import type { Claim, Story } from '../content/model';
import { claimOpening, listSeparator, markersExplained, supportLabel } from './labels';

const joined = (items: string[]) => items.map((item, index) => `${listSeparator(index, items.length)}${item}`).join('');

describe('listSeparator: one way to run a list into a sentence', () => {
  it('gives "A", "A and B", "A, B and C"', () => {
    expect(joined(['A'])).toBe('A');
    expect(joined(['A', 'B'])).toBe('A and B');
    expect(joined(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

const claim = (text: string, reporting: number) =>
  ({ id: 'c', number: 1, text, citations: [], reports: Array.from({ length: reporting }, (_, i) => ({ sourceId: `s${i}`, paragraph: 1 })) }) as Claim;
const story = (articles: number) => ({ sources: Array.from({ length: articles }, (_, i) => ({ id: `s${i}` })) }) as unknown as Story;

describe('a claim marker says what it counts, never as an ordinal', () => {
  it('counts the articles that report the claim: "1 article", "3 articles", with no "of 5"', () => {
    expect(supportLabel(claim('x', 1))).toBe('1 article');
    expect(supportLabel(claim('x', 3))).toBe('3 articles');
  });

  it('is explained from the story\'s own figures, with a marker of the story as the example', () => {
    expect(markersExplained(story(5), claim('x', 2))).toBe(
      'Combined from 5 articles. After each claim, a link such as “2 articles” says how many report it; it opens their words.',
    );
  });
});

describe('claimOpening: how a note names its claim', () => {
  it('gives a short claim whole, without its closing full stop', () => {
    expect(claimOpening(claim('They already had two children.', 1))).toBe('“They already had two children”');
  });

  it('gives the first eight words of a longer one, then an ellipsis', () => {
    expect(claimOpening(claim('Chrissy Teigen wrote an essay for Medium about the loss of her son.', 1))).toBe('“Chrissy Teigen wrote an essay for Medium about…”');
  });
});
