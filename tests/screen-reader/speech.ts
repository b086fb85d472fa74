/**
 * What Orca said, read from its debug log, and the measures a listener cares
 * about: pure functions, so they are unit-tested beside this file and the
 * screen-reader test (tests/browser/orca.spec.ts) only drives and asserts.
 */

/** One key pressed and what Orca said after it, utterance by utterance. */
export interface Step {
  key: string;
  said: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeEntities(text: string) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Every utterance in a piece of Orca 43's debug log, in order. The speech
 * server's lines cover ordinary speech and say-all alike (the plain "SPEECH
 * OUTPUT" lines miss say-all); their SSML marks and entities are removed.
 */
export function utterances(log: string): string[] {
  return [...log.matchAll(/^\d\d:\d\d:\d\d\.\d+ - SPEECH DISPATCHER: Speaking '(.*?)' ?$/gm)].map((match) =>
    unescapeEntities(match[1]!.replace(/<mark name="[^"]*"\/>/g, '').replace(/<\/?speak>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** The words of what was said, as a listener counts them: runs of letters and digits. */
export const wordsOf = (said: readonly string[]) => said.join(' ').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

/** What Orca says for each of a story's claim markers in reading: its name ("3 articles"), then its role. */
export const MARKER_SPEECH = /\b\d+ articles? (?:visited )?link\b/g;

/** The share of the words spoken that belong to the markers. */
export function markerShare(said: readonly string[]) {
  const text = said.join(' ');
  const markerWords = [...text.matchAll(MARKER_SPEECH)].reduce((sum, match) => sum + wordsOf([match[0]]).length, 0);
  const all = wordsOf(said).length;
  return { markerWords, words: all, share: all === 0 ? 0 : markerWords / all };
}

/** The utterances from the first that starts with `from` up to, not including, the first that starts with `to`. */
export function between(said: readonly string[], from: string, to: string): string[] {
  const start = said.findIndex((utterance) => utterance.startsWith(from));
  if (start < 0) return [];
  const end = said.findIndex((utterance, index) => index > start && utterance.startsWith(to));
  return said.slice(start, end < 0 ? undefined : end);
}

/**
 * Words spoken that the page does not hold and Orca does not add: words run
 * together ("copyof") where a space went missing in the accessibility tree.
 */
export function unknownWords(said: readonly string[], pageWords: ReadonlySet<string>, orcaWords: ReadonlySet<string>) {
  return [...new Set(wordsOf(said).map((word) => word.toLowerCase()))].filter((word) => !pageWords.has(word) && !orcaWords.has(word));
}

/** Utterances said twice in a row: the same words spoken again, which a listener hears as a stutter. */
export function repeats(said: readonly string[]) {
  return said.filter((utterance, index) => index > 0 && utterance.length > 0 && utterance === said[index - 1]);
}
