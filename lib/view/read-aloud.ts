/**
 * What read-aloud speaks, as pure functions of text (the DOM walk is in
 * components/ReadAloud.tsx): the account cut into sentences, each spoken and
 * highlighted in turn, and the words that announce a section.
 */

/** A sentence of a block's text, by UTF-16 offsets into it (so it can be highlighted where it stands). */
export interface SpokenSentence {
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
export function sentencesOf(text: string, language = 'en'): SpokenSentence[] {
  return [...segmenter(language).segment(text)].flatMap(({ segment, index }) => {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    return trimmed ? [{ text: trimmed, start: index + leading, end: index + leading + trimmed.length }] : [];
  });
}

/** How a section heading is announced before its text. */
export const sectionAnnouncement = (title: string) => `Section: ${title.trim()}.`;
