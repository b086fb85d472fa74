/**
 * The multilingual benchmark's own scoring (README of ../shared/extraction-bench-multilingual,
 * trafilatura's method): whitespace collapsed, a passage counts as found when it
 * is a substring of the extracted text; tp/fn are the page's `with` passages
 * found/missing, fp/tn its `without` passages found/missing; a refused page has
 * found nothing. Counts are summed over pages before precision and recall.
 */

export interface PassageCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

export function countPassages(extracted: string, withPassages: readonly string[], withoutPassages: readonly string[]): PassageCounts {
  const text = normal(extracted);
  const found = (passage: string) => text.includes(normal(passage));
  const tp = withPassages.filter(found).length;
  const fp = withoutPassages.filter(found).length;
  return { tp, fn: withPassages.length - tp, fp, tn: withoutPassages.length - fp };
}

export function summarisePassages(pages: readonly PassageCounts[]): { precision: number; recall: number; f: number } {
  const sum = (key: keyof PassageCounts) => pages.reduce((total, page) => total + page[key], 0);
  const precision = sum('tp') / (sum('tp') + sum('fp') || 1);
  const recall = sum('tp') / (sum('tp') + sum('fn') || 1);
  return { precision, recall, f: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
