import { describe, expect, it } from 'vitest';
import { offsetOf, pointAt, repairInnerQuote, setAsideBlock } from './mdx-recovery';

/** Where MDX's parser stops on each of these: the character after the first inner mark's word. */
const errorAt = (text: string, marker: string) => text.indexOf(marker);

describe('repairInnerQuote', () => {
  it('finds the value that holds its own mark, ends it where the tag goes on, and curls the marks inside', () => {
    const text = 'A claim.<Cite source="heart" quote="he said "yes" to it" />\n';
    const repair = repairInnerQuote(text, errorAt(text, '" to it'))!;
    expect(repair).toMatchObject({ attribute: 'quote', mark: '"', value: 'he said "yes" to it', valueStart: text.indexOf('he said') });
    expect(repair.text).toBe('A claim.<Cite source="heart" quote="he said “yes” to it" />\n');
  });

  it('ends the value before another attribute as well as before the tag’s end', () => {
    const text = 'A claim.<Cite quote="he "said" yes" source="heart" />\n';
    expect(repairInnerQuote(text, errorAt(text, '" yes'))?.value).toBe('he "said" yes');
  });

  it('mends an apostrophe inside a value enclosed in single marks', () => {
    const text = "A claim.<Cite source='heart' quote='it's hers' />\n";
    expect(repairInnerQuote(text, errorAt(text, "'s hers"))?.text).toBe("A claim.<Cite source='heart' quote='it’s hers' />\n");
  });

  it('keeps every other character where it was', () => {
    const text = 'A claim.<Cite source="heart" quote=""Yes," she said" />\nNext line.';
    const repaired = repairInnerQuote(text, errorAt(text, '," she'))!.text;
    expect(repaired).toHaveLength(text.length);
    expect(repaired.split('\n')[1]).toBe('Next line.');
  });

  it('gives nothing for an error that is not a mark inside a value', () => {
    const text = 'Some <b>bold\n\nNext.\n';
    expect(repairInnerQuote(text, 5)).toBeUndefined();
  });
});

describe('setAsideBlock', () => {
  it('blanks the lines of the block holding the offset, and keeps every line', () => {
    const text = 'First.\n\nSome <b>bold\nstill bold\n\nLast.';
    const blanked = setAsideBlock(text, text.indexOf('<b>'))!;
    expect(blanked.split('\n')).toEqual(['First.', '', '            ', '          ', '', 'Last.']);
  });

  it('takes the last block for an error at the end, and gives nothing when no block is left', () => {
    expect(setAsideBlock('First.\n\nOpen {\n', 'First.\n\nOpen {\n'.length)).toBe('First.\n\n      \n');
    expect(setAsideBlock('   \n\n', 2)).toBeUndefined();
  });
});

describe('offsets and points', () => {
  it('turn a 1-based line and column into an offset and back', () => {
    const text = 'ab\ncde\nf';
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(pointAt(text, 4)).toEqual({ line: 2, column: 2 });
  });
});
