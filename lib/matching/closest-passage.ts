import { distance } from 'fastest-levenshtein';
import type { FoldedText } from './fold';
import { WORD } from './words';

/** What the search needs of a paragraph: its number and its verbatim text. */
interface Paragraph {
  number: number;
  text: string;
}

export interface ClosestPassage {
  paragraph: number;
  passage: string;
  /** 0 (nothing alike) to 1 (identical after folding). */
  similarity: number;
}

interface Window {
  paragraph: Paragraph;
  folded: FoldedText;
  from: number;
  to: number;
  overlap: number;
}

// Words with their apostrophes (folded, every apostrophe is "'"): "hadn't" is one word to compare.

/**
 * The passage of a source most like a quote that was not found, so the author
 * sees at once whether a word was changed or the wrong source was named.
 * Windows as long as the quote are first ranked by shared words (cheap), then
 * the best few by edit distance.
 */
export function closestPassage(
  foldedQuote: string,
  paragraphs: readonly { paragraph: Paragraph; folded: FoldedText }[],
): ClosestPassage | undefined {
  const quoteWords = foldedQuote.match(WORD) ?? [];
  if (quoteWords.length === 0) return undefined;
  const wanted = new Map<string, number>();
  for (const word of quoteWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);

  const candidates: Window[] = [];
  for (const { paragraph, folded } of paragraphs) {
    const words = [...folded.text.matchAll(WORD)];
    if (words.length === 0) continue;
    const size = Math.min(quoteWords.length, words.length);
    for (let start = 0; start + size <= words.length; start++) {
      const remaining = new Map(wanted);
      let overlap = 0;
      for (let k = start; k < start + size; k++) {
        const word = words[k]![0];
        const left = remaining.get(word) ?? 0;
        if (left > 0) {
          overlap++;
          remaining.set(word, left - 1);
        }
      }
      const first = words[start]!;
      const last = words[start + size - 1]!;
      candidates.push({ paragraph, folded, from: first.index, to: last.index + last[0].length, overlap });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap);

  let best: ClosestPassage | undefined;
  // A passage sharing no word with the quote is no hint at all.
  for (const window of candidates.slice(0, 8).filter((candidate) => candidate.overlap > 0)) {
    const text = window.folded.text.slice(window.from, window.to);
    const similarity = 1 - distance(foldedQuote, text) / Math.max(foldedQuote.length, text.length);
    if (!best || similarity > best.similarity) {
      const start = window.folded.starts[window.from]!;
      const end = window.folded.ends[window.to - 1]!;
      best = { paragraph: window.paragraph.number, passage: window.paragraph.text.slice(start, end), similarity };
    }
  }
  return best;
}
