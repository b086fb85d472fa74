import type { Source } from '../content/model';
import { findAll, fold, foldTypography } from '../matching/fold';
import { curlQuotes } from '../matching/quote-marks';
import { sentencesOf } from '../matching/sentences';
import { WORD } from '../matching/words';

/**
 * The authoring aid behind `npm run content:suggest`: given a claim an author
 * is about to write, rank the paragraphs of the story's sources that best
 * support it (Okapi BM25), and offer the best sentence of each, verbatim, as a
 * `<Cite>` ready to paste. Pure: it reads nothing from disk.
 *
 * Tokens are taken from the same typography-folded text that citation
 * matching uses (lib/matching/fold.ts), so "it’s" and "it's", "Sept." and
 * "sept." count as the same word.
 */

/** Okapi BM25's usual constants: term-frequency saturation and length normalisation. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;


/** Words too common to say anything about which passage supports a claim. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by did do for from had has have he her hers him his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those to too us was ' +
    'we were what when where which who will with would you your'
  ).split(' '),
);

/**
 * A deliberately light stemmer: enough to match "photos"/"photo",
 * "shared"/"share"/"sharing", "criticised"/"criticise"; never clever enough to
 * surprise an author.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Folded, stemmed content words of a text, in order (repeats kept: BM25 counts them). */
export function tokenize(text: string): string[] {
  const words = fold(text).match(WORD) ?? [];
  return words.filter((word) => !STOPWORDS.has(word)).map(stem).filter((word) => word.length > 0);
}

interface Doc {
  sourceId: string;
  paragraph: number;
  text: string;
  isCaption: boolean;
  terms: Map<string, number>;
  length: number;
}

export interface SuggestIndex {
  docs: Doc[];
  /** Number of paragraphs containing each term. */
  documentFrequency: Map<string, number>;
  averageLength: number;
  sources: Map<string, Source>;
}

const countTerms = (tokens: readonly string[]) => {
  const terms = new Map<string, number>();
  for (const token of tokens) terms.set(token, (terms.get(token) ?? 0) + 1);
  return terms;
};

/** Indexes every paragraph of every source (photo captions included: they can be cited too). */
export function buildSuggestIndex(sources: readonly Source[]): SuggestIndex {
  const docs: Doc[] = [];
  const documentFrequency = new Map<string, number>();
  for (const source of sources) {
    for (const paragraph of source.paragraphs) {
      const tokens = tokenize(paragraph.text);
      const terms = countTerms(tokens);
      for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      docs.push({ sourceId: source.id, paragraph: paragraph.number, text: paragraph.text, isCaption: paragraph.isCaption, terms, length: tokens.length });
    }
  }
  const averageLength = docs.length === 0 ? 0 : docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length;
  return { docs, documentFrequency, averageLength, sources: new Map(sources.map((source) => [source.id, source])) };
}

/** BM25's inverse document frequency, in the always-positive form Lucene uses. */
export function idf(index: SuggestIndex, term: string): number {
  const n = index.documentFrequency.get(term) ?? 0;
  const total = index.docs.length;
  return Math.log(1 + (total - n + 0.5) / (n + 0.5));
}

function bm25(index: SuggestIndex, queryTerms: readonly string[], terms: Map<string, number>, length: number, averageLength: number): number {
  let score = 0;
  for (const term of queryTerms) {
    const frequency = terms.get(term) ?? 0;
    if (frequency === 0) continue;
    const norm = 1 - BM25.b + BM25.b * (averageLength > 0 ? length / averageLength : 1);
    score += idf(index, term) * ((frequency * (BM25.k1 + 1)) / (frequency + BM25.k1 * norm));
  }
  return score;
}

/**
 * Splits a paragraph into sentences (lib/matching/sentences.ts, as read-aloud
 * does: never through a quotation, nor at "Oct." or "Dr."), each trimmed of a
 * quotation mark left open for the next paragraph, as articles leave a
 * quotation that runs on.
 */
export function sentences(text: string, language = 'en'): string[] {
  return sentencesOf(text, language).map((sentence) => trimQuotes(sentence.text)).filter((sentence) => sentence.length > 0);
}

const DOUBLE_QUOTE = /["\u201C\u201D]/g;
const isDoubleQuote = (ch: string | undefined) => ch === '"' || ch === '\u201C' || ch === '\u201D';

/**
 * Drops a quotation mark at either end of a sentence when it has no partner
 * inside it (the quotation goes on in the next paragraph); balanced quotes
 * and everything else stay untouched.
 */
function trimQuotes(sentence: string): string {
  let text = sentence.trim();
  const unbalanced = () => (text.match(DOUBLE_QUOTE) ?? []).length % 2 === 1;
  if (unbalanced() && isDoubleQuote(text[0])) text = text.slice(1).trimStart();
  if (unbalanced() && isDoubleQuote(text[text.length - 1])) text = text.slice(0, -1).trimEnd();
  return text;
}

/**
 * A quote as it can stand inside quote="…" in MDX: straight double quotes
 * become curly ones (citation matching forgives the difference).
 */
export const asAttributeValue = (quote: string): string => curlQuotes(quote, '"');

export interface Suggestion {
  rank: number;
  sourceId: string;
  /** 1-based paragraph number, as in the source page's anchor #p-N. */
  paragraph: number;
  /** The paragraph's verbatim text. */
  text: string;
  isCaption: boolean;
  score: number;
  /** The best sentence of the paragraph, verbatim, unique within its source. */
  quote: string;
  /** `<Cite source="…" quote="…" />`, ready to paste. */
  cite: string;
}

export interface SuggestOptions {
  /** How many passages to return (default 5). */
  limit?: number;
  /** Only these sources. */
  sourceIds?: readonly string[];
}

/** How many times a quote occurs in a source, forgiving typography as citation checking does. */
function occurrences(source: Source | undefined, quote: string): number {
  if (!source) return 0;
  const folded = fold(quote);
  return source.paragraphs.reduce((sum, paragraph) => sum + findAll(foldTypography(paragraph.text), folded).length, 0);
}

/**
 * The sentence of a paragraph that best supports the claim; when that
 * sentence also occurs elsewhere in the same source (so a citation could not
 * tell which place it means), it grows by its neighbours until it is unique.
 */
function bestQuote(index: SuggestIndex, doc: Doc, queryTerms: readonly string[]): string {
  const parts = sentences(doc.text);
  if (parts.length === 0) return doc.text.trim();
  const tokenized = parts.map((part) => tokenize(part));
  const averageLength = tokenized.reduce((sum, tokens) => sum + tokens.length, 0) / tokenized.length;
  let best = 0;
  let bestScore = -1;
  tokenized.forEach((tokens, i) => {
    const score = bm25(index, queryTerms, countTerms(tokens), tokens.length, averageLength);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const source = index.sources.get(doc.sourceId);
  let from = best;
  let to = best;
  const quoteOf = () => {
    const first = doc.text.indexOf(parts[from]!);
    const lastPart = parts[to]!;
    const last = doc.text.indexOf(lastPart, first) + lastPart.length;
    return first >= 0 && last >= first ? doc.text.slice(first, last) : parts.slice(from, to + 1).join(' ');
  };
  while (occurrences(source, quoteOf()) > 1 && (from > 0 || to < parts.length - 1)) {
    if (to < parts.length - 1) to++;
    else from--;
  }
  return quoteOf();
}

/** Ranks the passages that best support a claim, best first; paragraphs sharing no word with it are left out. */
export function suggest(index: SuggestIndex, claim: string, options: SuggestOptions = {}): Suggestion[] {
  const limit = options.limit ?? 5;
  const queryTerms = [...new Set(tokenize(claim))];
  if (queryTerms.length === 0) return [];
  const scored = index.docs
    .filter((doc) => !options.sourceIds || options.sourceIds.includes(doc.sourceId))
    .map((doc) => ({ doc, score: bm25(index, queryTerms, doc.terms, doc.length, index.averageLength) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.doc.sourceId.localeCompare(b.doc.sourceId) || a.doc.paragraph - b.doc.paragraph)
    .slice(0, limit);
  return scored.map(({ doc, score }, i) => {
    const quote = bestQuote(index, doc, queryTerms);
    return {
      rank: i + 1,
      sourceId: doc.sourceId,
      paragraph: doc.paragraph,
      text: doc.text,
      isCaption: doc.isCaption,
      score: Math.round(score * 100) / 100,
      quote,
      cite: `<Cite source="${doc.sourceId}" quote="${asAttributeValue(quote)}" />`,
    };
  });
}
