import { describe, expect, it } from 'vitest';
import { readPageText } from '../blocks';
import { parsePage } from '../dom';
import { blockCandidate, combine, textCandidate } from './combine';

const LONG = 'The council met on Tuesday evening and decided, after a long debate, to close the old bridge for repairs.';
const blocks = readPageText(parsePage(`<body><p>${LONG}</p><h2>The bridge</h2><p>Second: ${LONG}</p><p>1</p></body>`)).blocks;
const [long, short, second, number] = blocks as [typeof blocks[0], typeof blocks[0], typeof blocks[0], typeof blocks[0]];

describe('combine', () => {
  it('keeps a block both candidates keep, and a paragraph one of them keeps, but not a short block only one keeps', () => {
    const rules = blockCandidate('rules', [long, short]);
    const other = textCandidate('other', [`Second: ${LONG}`]);
    expect(combine(blocks, [rules, other])).toEqual([long, second]);
  });

  it('keeps whatever the one candidate that answered keeps', () => {
    expect(combine(blocks, [blockCandidate('rules', [short, number])])).toEqual([short, number]);
  });

  it('counts a short block as kept by a text only when it is one of its blocks, not a word somewhere in it', () => {
    const other = textCandidate('other', [`${LONG} 1`, 'The bridge']);
    expect(other.keeps(number)).toBe(false);
    expect(other.keeps(short)).toBe(true);
  });
});
