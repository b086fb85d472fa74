/**
 * Typography-forgiving text comparison.
 *
 * A quote in the account must be the source's own words; only typography may
 * differ (curly or straight quotes, dash style, ellipsis style, whitespace and
 * case). We fold both sides to one canonical form while remembering, for every
 * folded character, which range of the original it came from, so a match can be
 * reported back as a character range of the verbatim source.
 */

export interface FoldedText {
  /** The canonical form that is compared. */
  text: string;
  /** starts[i]: index in the original where folded character i begins. */
  starts: number[];
  /** ends[i]: index in the original just past folded character i. */
  ends: number[];
}

const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4']);
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

const isSpace = (ch: string) => /\s/u.test(ch);
const isDash = (ch: string | undefined) => ch !== undefined && DASHES.has(ch);

export function foldTypography(original: string): FoldedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // One entry per UTF-16 code unit of the folded text, so that indexes into
  // `text` (as indexOf returns them) are indexes into `starts` and `ends` too.
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
      // Space around a dash is a typesetting choice ("a — b" vs "a—b"), so it is dropped.
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
    if (SINGLE_QUOTES.has(ch)) push("'", i, i + 1);
    else if (DOUBLE_QUOTES.has(ch)) push('"', i, i + 1);
    else {
      // Surrogate pairs stay together so a range never splits a character.
      const codePoint = original.codePointAt(i)!;
      const unit = String.fromCodePoint(codePoint);
      push(unit.toLowerCase(), i, i + unit.length);
      i += unit.length;
      continue;
    }
    i++;
  }
  return { text: chars.join(''), starts, ends };
}

/** The canonical form alone, for comparisons that need no mapping back. */
export function fold(text: string): string {
  return foldTypography(text).text;
}

export interface TextRange {
  start: number;
  end: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Every place where `foldedNeedle` occurs in `haystack`, forgiving typography
 * only, as ranges of the original haystack. A match must not cut a word in two
 * ("he hated" is not in "She hated"). An empty needle matches nowhere.
 */
export function findAll(haystack: FoldedText, foldedNeedle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (foldedNeedle.length === 0) return ranges;
  const text = haystack.text;
  let from = 0;
  for (;;) {
    const at = text.indexOf(foldedNeedle, from);
    if (at < 0) return ranges;
    const last = at + foldedNeedle.length - 1;
    const cutsWordBefore = isWordChar(foldedNeedle[0]) && isWordChar(text[at - 1]);
    const cutsWordAfter = isWordChar(foldedNeedle[foldedNeedle.length - 1]) && isWordChar(text[last + 1]);
    if (!cutsWordBefore && !cutsWordAfter) {
      ranges.push({ start: haystack.starts[at]!, end: haystack.ends[last]! });
    }
    from = at + 1;
  }
}
