import type { Passage } from './passage';
import { findAll, type FoldedText } from './fold';
import { wordsOf } from './words';

/**
 * Finds where a cited passage also occurs across every source of a story
 * without searching every paragraph for every quote (which made validation
 * grow with citations × sources: quadratic as a story grows).
 *
 * Why a word index is exact here: `findAll` never lets a match cut a word in
 * two, so every run of word characters inside a matched quote is a whole word
 * of the paragraph it matches in. A paragraph that lacks any one of the
 * quote's words cannot contain the quote. So the paragraphs holding the
 * quote's rarest word are the only ones to search, and the search itself is
 * still `findAll`: same matches, same order, same ranges as a full scan.
 * Words are runs of UTF-16 units that `findAll` counts as word characters,
 * so both sides split text in the same places.
 */

export interface IndexedSourceText {
  id: string;
  paragraphs: { paragraph: { number: number }; folded: FoldedText }[];
}

export class PassageIndex {
  /** Every paragraph of every source, numbered in source order then paragraph order. */
  private readonly paragraphs: { sourceId: string; number: number; folded: FoldedText }[] = [];
  /** word → ascending serial numbers of the paragraphs that contain it. */
  private readonly postings = new Map<string, number[]>();

  constructor(sources: Iterable<IndexedSourceText>) {
    for (const source of sources) {
      for (const { paragraph, folded } of source.paragraphs) {
        const serial = this.paragraphs.length;
        this.paragraphs.push({ sourceId: source.id, number: paragraph.number, folded });
        for (const word of wordsOf(folded.text)) {
          const list = this.postings.get(word);
          if (list) list.push(serial);
          else this.postings.set(word, [serial]);
        }
      }
    }
  }

  /** Serial numbers of the paragraphs that may contain the needle, ascending. */
  private candidates(foldedNeedle: string): Iterable<number> {
    const words = wordsOf(foldedNeedle);
    // A quote with no word at all (only punctuation) can only be found by reading everything.
    if (words.length === 0) return this.paragraphs.keys();
    let rarest: number[] | undefined;
    for (const word of words) {
      const list = this.postings.get(word);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest!;
  }

  /**
   * The first occurrence of the needle in each source other than `exceptSourceId`,
   * in source order: what a scan of every source, paragraph by paragraph, finds first.
   */
  firstInEachSource(foldedNeedle: string, exceptSourceId?: string): Passage[] {
    const found: Passage[] = [];
    let lastSource: string | undefined;
    for (const serial of this.candidates(foldedNeedle)) {
      const { sourceId, number, folded } = this.paragraphs[serial]!;
      if (sourceId === exceptSourceId || sourceId === lastSource) continue;
      const [range] = findAll(folded, foldedNeedle);
      if (!range) continue;
      found.push({ sourceId, paragraph: number, ...range });
      lastSource = sourceId;
    }
    return found;
  }
}
