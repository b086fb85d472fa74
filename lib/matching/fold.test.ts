import { describe, expect, it } from 'vitest';
import { foldTypography } from '@/lib/matching/fold';

/** The first, plainly written foldTypography, kept as the reference the faster one must equal. */
function referenceFold(original: string) {
  const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4']);
  const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB']);
  const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
  const isSpace = (ch: string) => /\s/u.test(ch);
  const isDash = (ch: string | undefined) => ch !== undefined && DASHES.has(ch);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (folded: string, start: number, end: number) => {
    for (let k = 0; k < folded.length; k++) {
      chars.push(folded[k]!);
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (isSpace(ch)) {
      let j = i;
      while (j < original.length && isSpace(original[j]!)) j++;
      const touchesDash = isDash(original[j]) || chars[chars.length - 1] === '-';
      if (chars.length > 0 && j < original.length && !touchesDash) push(' ', i, j);
      i = j;
      continue;
    }
    if (isDash(ch)) {
      let j = i;
      while (j < original.length && isDash(original[j])) j++;
      push('-', i, j);
      i = j;
      continue;
    }
    if (ch === '\u2026') {
      push('...', i, i + 1);
      i++;
      continue;
    }
    if (SINGLE.has(ch)) push("'", i, i + 1);
    else if (DOUBLE.has(ch)) push('"', i, i + 1);
    else {
      const unit = String.fromCodePoint(original.codePointAt(i)!);
      push(unit.toLowerCase(), i, i + unit.length);
      i += unit.length;
      continue;
    }
    i++;
  }
  return { text: chars.join(''), starts, ends };
}

const ALPHABET = [
  ...'aZ09 .,;:!?()[]',
  '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff',
  '-', '\u2013', '\u2014', '\u2212',
  "'", '\u2018', '\u2019', '`', '"', '\u201C', '\u201D', '\u00AB',
  '\u2026', 'É', 'İ', 'Σ', 'ß', 'ﬁ', '½',
  '𝐀', '𐐀', '😢', '\ud800', '\udc00',
];

describe('foldTypography, written for speed, folds exactly as the plain reference does', () => {
  it.each([
    '',
    '“He hated it. I could tell,” Teigen said — “it didn’t make sense…”',
    '  leading and trailing  ',
    'a - b – c—d  —  e',
    'İSTANBUL ΣΟΦΊΑ Straße 𐐀𝐀',
    'lone \ud800 high and \udc00 low',
  ])('given %j', (text) => {
    const folded = foldTypography(text);
    const reference = referenceFold(text);
    expect(folded.text).toBe(reference.text);
    expect([...folded.starts]).toEqual(reference.starts);
    expect([...folded.ends]).toEqual(reference.ends);
  });

  it('given 2,000 random strings of awkward characters, text and both maps are the same', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 40);
      const text = Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]!).join('');
      const folded = foldTypography(text);
      const reference = referenceFold(text);
      expect(folded.text, JSON.stringify(text)).toBe(reference.text);
      expect([...folded.starts], JSON.stringify(text)).toEqual(reference.starts);
      expect([...folded.ends], JSON.stringify(text)).toEqual(reference.ends);
    }
  });
});
