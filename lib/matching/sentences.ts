/**
 * The one sentence splitter: the platform's (Intl.Segmenter, Unicode's rules),
 * used by read-aloud to speak and highlight, by content:suggest to offer
 * quotes and by the content check to find the account's sentences. Node's and
 * browsers' ICU apply no abbreviation exceptions for English ("Oct. 28" and
 * "Dr. Smith" are cut), so three things are mended on top of it: a segment
 * ending in an abbreviation runs on into the next, a quotation is never cut
 * (the segments it spans are one sentence), and a news agency's dateline
 * ("WASHINGTON, Oct. 28 (UPI) --") stands apart from the sentence it opens.
 */

/** A sentence of a block's text, by UTF-16 offsets into it (so it can be highlighted where it stands). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** Titles before a name: never the end of a sentence. */
const TITLE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Rev|Capt|Lt|Col|Sgt|Mt|Ft)\.$/u;
/** Abbreviations before a number ("Oct. 28", "No. 5"): a sentence goes on when a digit follows. */
const BEFORE_NUMBER = /(?:^|[^\p{L}])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|pp?|Fig)\.$/u;
/** Initialisms ("U.S.", "U.K.") and a single initial ("John F."): taken to run on, as they mostly do. */
const INITIALS = /(?:^|[^\p{L}.])(?:\p{L}\.){2,}$|(?:^|\s)\p{Lu}\.$/u;
/** A dateline: a place in capitals, an optional date, the agency in brackets, a dash. */
const DATELINE = /^\s*\p{Lu}{2}[\p{Lu}\p{M} .'’-]*(?:, \p{L}{3,5}\.? \d{1,2}(?:, \d{4})?)? \(\p{Lu}[\p{L}&. ]{0,19}\) ?(?:--|[—–-]) ?/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string) {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/** Whether a text leaves a double quotation open: “ opens, ” closes, a straight " does whichever is due. */
function leavesQuotationOpen(text: string): boolean {
  let open = false;
  for (const ch of text) {
    if (ch === '\u201C') open = true;
    else if (ch === '\u201D') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

function endsInAbbreviation(previous: string, next: string): boolean {
  const before = previous.trimEnd();
  return TITLE.test(before) || INITIALS.test(before) || (BEFORE_NUMBER.test(before) && /^\s*\d/.test(next));
}

/** The platform's segments from `from` on, joined where a segment runs on into the next. */
function joinedSpans(text: string, from: number, language: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of segmenter(language).segment(text.slice(from))) {
    const span = { start: from + index, end: from + index + segment.length };
    const last = spans.at(-1);
    const previous = last && text.slice(last.start, last.end);
    if (previous !== undefined && (leavesQuotationOpen(previous) || endsInAbbreviation(previous, segment))) last!.end = span.end;
    else spans.push(span);
  }
  return spans;
}

function trimmed(text: string, { start, end }: Span): Sentence[] {
  const segment = text.slice(start, end);
  const leading = segment.length - segment.trimStart().length;
  const sentence = segment.trim();
  return sentence ? [{ text: sentence, start: start + leading, end: start + leading + sentence.length }] : [];
}

/** The sentences of a block of text, trimmed, with where each stands; whitespace between them is not spoken. */
export function sentencesOf(text: string, language = 'en'): Sentence[] {
  const dateline = DATELINE.exec(text)?.[0].length ?? 0;
  const spans = dateline > 0 ? [{ start: 0, end: dateline }] : [];
  spans.push(...joinedSpans(text, dateline, language));
  return spans.flatMap((span) => trimmed(text, span));
}
