/**
 * Builds a URL text fragment (`#:~:text=`) that makes a browser scroll to and
 * highlight a passage on the original page. Long passages are given as a start
 * and an end so the link stays short and survives small edits in between.
 */

// "-", "," and "&" are syntax inside a text directive and must be escaped.
const encodePart = (text: string) =>
  encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function textFragment(passage: string, wordsAtEachEnd = 5): string {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= wordsAtEachEnd * 2) return `:~:text=${encodePart(words.join(' '))}`;
  const start = words.slice(0, wordsAtEachEnd).join(' ');
  const end = words.slice(-wordsAtEachEnd).join(' ');
  return `:~:text=${encodePart(start)},${encodePart(end)}`;
}

/** The original article's address with a fragment pointing at the passages (browsers highlight each). */
export function linkToPassages(url: string, passages: readonly string[]): string {
  const directives = passages.map((passage) => textFragment(passage)).filter((fragment) => fragment !== '');
  const base = url.split('#')[0]!;
  // Several passages are several text directives in one fragment: ":~:text=a&text=b".
  return directives.length > 0 ? `${base}#${directives.join('&').replace(/&:~:/g, '&')}` : base;
}
