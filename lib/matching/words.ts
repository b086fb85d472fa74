/**
 * The one rule for what a word is, wherever text is matched: a run of letters
 * and digits of any script. A quote may not cut a word in two (fold.ts), the
 * passage index splits paragraphs into the same words, and the tokenisers of
 * closest-passage.ts and the authoring tools build on the same class.
 */

/** The character class of a word character, for building regular expressions. */
export const WORD_CLASS = '\\p{L}\\p{N}';

const WORD_CHARACTER = new RegExp(`[${WORD_CLASS}]`, 'u');

// 0: not looked at yet, 1: a word character, 2: not one. Decided per UTF-16 unit, so a lone surrogate is not one.
const wordUnit = new Uint8Array(65536);

export function isWordUnit(code: number): boolean {
  let known = wordUnit[code]!;
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnit[code] = known;
  }
  return known === 1;
}

/** Whether the UTF-16 unit at `index` of `text` is a word character (false outside the text). */
export const isWordCharAt = (text: string, index: number) => index >= 0 && index < text.length && isWordUnit(text.charCodeAt(index));

/**
 * A word as the tools count and match them: a run of word characters, with an
 * apostrophe inside it ("it's", "Teigen’s") keeping it one word.
 */
export const WORD = new RegExp(`[${WORD_CLASS}]+(?:['\u2019][${WORD_CLASS}]+)*`, 'gu');

/** The words of a text, in order, repeats kept. */
export const wordsIn = (text: string): string[] => text.match(WORD) ?? [];

/** How many words a text has. */
export const countWords = (text: string) => wordsIn(text).length;

/** The distinct words of a text, in order of first appearance (split at every non-word character). */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.add(text.slice(start, i));
      start = -1;
    }
  }
  return [...words];
}
