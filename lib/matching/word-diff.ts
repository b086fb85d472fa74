import { fold } from './fold';
import { WORD } from './words';

/**
 * Where a quote's words differ from a passage's: what the author wrote and
 * what the article says, place by place, so one changed word ("mum" for "mom")
 * is named instead of left to be found by eye. Words are compared folded (as
 * citation matching compares them) and shown as each side wrote them.
 */

/** One place where the two differ; where one side lacks words, both show the neighbouring words, so neither is empty. */
export interface WordDifference {
  written: string;
  article: string;
}

interface Word {
  text: string;
  folded: string;
}

const wordsOf = (text: string): Word[] => (text.match(WORD) ?? []).map((word) => ({ text: word, folded: fold(word) }));

/** The longest common subsequence table, suffix by suffix: lengths[i][j] for a[i..] and b[j..]. */
function commonLengths(a: readonly Word[], b: readonly Word[]): number[][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i]!.folded === b[j]!.folded ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  return lengths;
}

interface Hunk {
  /** Word ranges [from, to) in the quote and in the passage. */
  quote: [number, number];
  passage: [number, number];
}

/** The runs of words that are not shared, in order, each as ranges of both sides. */
function hunks(a: readonly Word[], b: readonly Word[]): Hunk[] {
  const lengths = commonLengths(a, b);
  const found: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.folded === b[j]!.folded) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) found.push((open = { quote: [i, i], passage: [j, j] }));
    if (j >= b.length || (i < a.length && lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) open.quote[1] = ++i;
    else open.passage[1] = ++j;
  }
  return found;
}

/** A side's words over a range, widened by the shared word on either side when asked. */
function shown(words: readonly Word[], [from, to]: [number, number], widen: boolean): string {
  const [start, end] = widen ? [Math.max(0, from - 1), Math.min(words.length, to + 1)] : [from, to];
  return words.slice(start, end).map((word) => word.text).join(' ');
}

function difference(a: readonly Word[], b: readonly Word[], hunk: Hunk): WordDifference {
  const widen = hunk.quote[0] === hunk.quote[1] || hunk.passage[0] === hunk.passage[1];
  return { written: shown(a, hunk.quote, widen), article: shown(b, hunk.passage, widen) };
}

/**
 * The places where `quote` differs from `passage`, or undefined when they
 * differ in more than `maxPlaces` places or share fewer than half the quote's
 * words (then it is another passage, not a changed word). Words the passage
 * has before the quote's first word or after its last are not differences:
 * the passage is a window of the article around the quote.
 */
export function wordDifferences(quote: string, passage: string, maxPlaces = 3): WordDifference[] | undefined {
  const a = wordsOf(quote);
  const b = wordsOf(passage);
  const places = hunks(a, b).filter((hunk) => hunk.quote[0] !== hunk.quote[1] || (hunk.passage[0] > 0 && hunk.passage[1] < b.length));
  const changed = places.reduce((sum, hunk) => sum + hunk.quote[1] - hunk.quote[0], 0);
  if (places.length === 0 || places.length > maxPlaces || changed * 2 > a.length) return undefined;
  return places.map((hunk) => difference(a, b, hunk));
}
