/**
 * Typography-forgiving text comparison.
 *
 * A quote in the account must be the source's own words; only typography may
 * differ (curly or straight quotes, dash style, ellipsis style, whitespace and
 * case). We fold both sides to one canonical form while remembering, for every
 * folded character, which range of the original it came from, so a match can be
 * reported back as a character range of the verbatim source.
 */
import { isWordCharAt } from './words';

export interface FoldedText {
  /** The canonical form that is compared. */
  text: string;
  /** starts[i]: index in the original where folded character i begins. */
  starts: Int32Array;
  /** ends[i]: index in the original just past folded character i. */
  ends: Int32Array;
}

// Character classes, decided per UTF-16 code unit as before: a lookup table
// filled on first sight instead of a regular expression and a Set per character.
const OTHER = 1;
const SPACE = 2;
const DASH = 3;
const SINGLE_QUOTE = 4;
const DOUBLE_QUOTE = 5;
const ELLIPSIS = 6;
const SINGLE_QUOTES = ["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4'];
const DOUBLE_QUOTES = ['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB'];
const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];
const classes = new Uint8Array(65536);
for (const ch of SINGLE_QUOTES) classes[ch.charCodeAt(0)] = SINGLE_QUOTE;
for (const ch of DOUBLE_QUOTES) classes[ch.charCodeAt(0)] = DOUBLE_QUOTE;
for (const ch of DASHES) classes[ch.charCodeAt(0)] = DASH;
classes[0x2026] = ELLIPSIS;

function classOf(code: number): number {
  let known = classes[code]!;
  if (known === 0) {
    known = /\s/u.test(String.fromCharCode(code)) ? SPACE : OTHER;
    classes[code] = known;
  }
  return known;
}

const lowerCache = new Map<number, string>();
function lowerOf(code: number): string {
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    lower = String.fromCharCode(code).toLowerCase();
    lowerCache.set(code, lower);
  }
  return lower;
}

// Scratch space for the folding loop, grown as needed and reused by every call
// (folding is synchronous): three fresh buffers per call, most of them thrown
// away, kept the garbage collector busy on large stories.
let scratchUnits = new Uint16Array(4096);
let scratchStarts = new Int32Array(4096);
let scratchEnds = new Int32Array(4096);

function foldIntoScratch(original: string): number {
  // One entry per UTF-16 code unit of the folded text, so that indexes into
  // `text` (as indexOf returns them) are indexes into `starts` and `ends` too.
  // No unit folds to more than three ("…" → "..."; lower-casing adds at most one).
  const capacity = original.length * 3;
  if (scratchUnits.length < capacity) {
    const size = Math.max(capacity, scratchUnits.length * 2);
    scratchUnits = new Uint16Array(size);
    scratchStarts = new Int32Array(size);
    scratchEnds = new Int32Array(size);
  }
  return foldInto(original, scratchUnits, scratchStarts, scratchEnds);
}

export function foldTypography(original: string): FoldedText {
  const length = foldIntoScratch(original);
  return { text: unitsToString(scratchUnits, length), starts: scratchStarts.slice(0, length), ends: scratchEnds.slice(0, length) };
}

/**
 * The folding loop, on its own so that nothing follows it: V8 compiles a hot
 * loop while it runs, and code after the loop that had not run yet would send
 * every later call back to the interpreter.
 */
function foldInto(original: string, out: Uint16Array, starts: Int32Array, ends: Int32Array): number {
  const n = original.length;
  let length = 0;

  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // Plain ASCII letters, digits and punctuation: the common case, lower-cased by arithmetic.
    if (code < 128 && code > 32 && code !== 45 && code !== 39 && code !== 34 && code !== 96) {
      out[length] = code >= 65 && code <= 90 ? code + 32 : code;
      starts[length] = i;
      ends[length++] = i + 1;
      i++;
      continue;
    }
    const kind = classOf(code);
    if (kind === SPACE) {
      let j = i;
      while (j < n && classOf(original.charCodeAt(j)) === SPACE) j++;
      // Space around a dash is a typesetting choice ("a — b" vs "a—b"), so it is dropped.
      const touchesDash = (j < n && classOf(original.charCodeAt(j)) === DASH) || (length > 0 && out[length - 1] === 45);
      if (length > 0 && j < n && !touchesDash) {
        out[length] = 32;
        starts[length] = i;
        ends[length++] = j;
      }
      i = j;
      continue;
    }
    if (kind === DASH) {
      let j = i;
      while (j < n && classOf(original.charCodeAt(j)) === DASH) j++;
      out[length] = 45;
      starts[length] = i;
      ends[length++] = j;
      i = j;
      continue;
    }
    // Everything else folds to one or more units that all map back to the same original range.
    let folded: string | number;
    let width = 1;
    if (kind === ELLIPSIS) folded = '...';
    else if (kind === SINGLE_QUOTE) folded = 39;
    else if (kind === DOUBLE_QUOTE) folded = 34;
    else if (code < 128) folded = code;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // Surrogate pairs stay together so a range never splits a character.
      folded = original.slice(i, i + 2).toLowerCase();
      width = 2;
    } else folded = lowerOf(code);
    if (typeof folded === 'number') {
      out[length] = folded;
      starts[length] = i;
      ends[length++] = i + width;
    } else {
      for (let k = 0; k < folded.length; k++) {
        out[length] = folded.charCodeAt(k);
        starts[length] = i;
        ends[length++] = i + width;
      }
    }
    i += width;
  }
  return length;
}

/** The first `length` UTF-16 units as a string (lone surrogates kept as they are). */
function unitsToString(units: Uint16Array, length: number): string {
  let text = '';
  for (let from = 0; from < length; from += 8192) {
    // apply, not spread: spreading a typed array walks its iterator, several times slower.
    text += String.fromCharCode.apply(null, units.subarray(from, Math.min(length, from + 8192)) as unknown as number[]);
  }
  return text;
}

/** The canonical form alone, for comparisons that need no mapping back. */
export function fold(text: string): string {
  return unitsToString(scratchUnits, foldIntoScratch(text));
}

export interface TextRange {
  start: number;
  end: number;
}


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
    const cutsWordBefore = isWordCharAt(foldedNeedle, 0) && isWordCharAt(text, at - 1);
    const cutsWordAfter = isWordCharAt(foldedNeedle, foldedNeedle.length - 1) && isWordCharAt(text, last + 1);
    if (!cutsWordBefore && !cutsWordAfter) {
      ranges.push({ start: haystack.starts[at]!, end: haystack.ends[last]! });
    }
    from = at + 1;
  }
}
