/**
 * Straight quotation marks turned curly, so words can stand inside an MDX
 * attribute enclosed in the same straight mark: content:suggest writes its
 * quotes this way, and the content check mends a pasted quote this way to
 * check the rest of its file. Citation matching forgives the difference
 * (lib/matching/fold.ts), so the quote still matches its source.
 */

const CURLY = { '"': ['\u201C', '\u201D'], "'": ['\u2018', '\u2019'] } as const;
/** What a mark opens after: the start, a space, a bracket or a dash. Elsewhere it closes (an apostrophe is a closing mark). */
const OPENS_AFTER = /[\s([{\u2014-]/;

export function curlQuotes(text: string, mark: keyof typeof CURLY): string {
  const [opening, closing] = CURLY[mark];
  return text.replaceAll(mark, (_found, offset: number) => (offset === 0 || OPENS_AFTER.test(text[offset - 1]!) ? opening : closing));
}
