/**
 * The one sentence splitter: the platform's (Intl.Segmenter, Unicode's rules
 * with the language's exceptions, so "Sept. 30" stays whole), used by
 * read-aloud to speak and highlight and by content:suggest to offer quotes.
 */

/** A sentence of a block's text, by UTF-16 offsets into it (so it can be highlighted where it stands). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string) {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/** The sentences of a block of text, trimmed, with where each stands; whitespace between them is not spoken. */
export function sentencesOf(text: string, language = 'en'): Sentence[] {
  return [...segmenter(language).segment(text)].flatMap(({ segment, index }) => {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    return trimmed ? [{ text: trimmed, start: index + leading, end: index + leading + trimmed.length }] : [];
  });
}

