/**
 * The article-extraction benchmark's own scoring (README of ../shared/extraction-bench):
 * tokens are `\w+` runs, a page's shingles its runs of 4 consecutive tokens
 * counted with multiplicity; per page tp/fp/fn are normalised to sum 1, and
 * precision and recall are means over pages, F1 computed from the two means.
 */

// Python's Unicode `\w`: letters, digits (with their marks) and the underscore.
const WORD = /[\p{L}\p{M}\p{Nd}\p{Pc}]+/gu;
const SHINGLE = 4;

export const tokensOf = (text: string): string[] => text.match(WORD) ?? [];

function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const predictedTokens = tokensOf(predicted);
  const truthTokens = tokensOf(truth);
  const p = shingles(predictedTokens);
  const t = shingles(truthTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const shared = Math.min(count, t.get(key) ?? 0);
    tp += shared;
    fp += count - shared;
  }
  for (const [key, count] of t) fn += count - Math.min(count, p.get(key) ?? 0);
  const sum = tp + fp + fn;
  const exact = predictedTokens.join(' ') === truthTokens.join(' ');
  return sum === 0 ? { tp: 0, fp: 0, fn: 0, exact } : { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  exact: number;
}

export function summarise(pages: readonly PageScore[]): Summary {
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const perfect = (page: PageScore) => page.fp === 0 && page.fn === 0;
  const precision = mean(pages.filter((page) => perfect(page) || page.tp + page.fp > 0).map((page) => (perfect(page) ? 1 : page.tp / (page.tp + page.fp))));
  const recall = mean(pages.filter((page) => perfect(page) || page.tp + page.fn > 0).map((page) => (perfect(page) ? 1 : page.tp / (page.tp + page.fn))));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, exact: mean(pages.map((page) => (page.exact ? 1 : 0))) };
}
