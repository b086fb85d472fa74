import { describe, expect, it } from 'vitest';
import { listSeparator } from './labels';

const joined = (items: string[]) => items.map((item, index) => `${listSeparator(index, items.length)}${item}`).join('');

describe('listSeparator: one way to run a list into a sentence', () => {
  it('gives "A", "A and B", "A, B and C"', () => {
    expect(joined(['A'])).toBe('A');
    expect(joined(['A', 'B'])).toBe('A and B');
    expect(joined(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
