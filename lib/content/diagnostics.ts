import { distance } from 'fastest-levenshtein';

export type Severity = 'error' | 'warning';

/** One problem found in content, located precisely enough for an editor to jump to it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.some((d) => d.severity === 'error');

/** Errors first, then by file and position, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** The candidate closest to `wanted` by edit distance, as MediaWiki's Cite suggests a name. */
export function closest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** "did you mean "heart"?" when a candidate exists, otherwise the list of what is allowed. */
export function suggestion(wanted: string, candidates: readonly string[], noun: string): string {
  const best = closest(wanted, candidates);
  if (best === undefined) return `there are no ${noun}s`;
  return `did you mean "${best}"? (known ${noun}s: ${candidates.join(', ')})`;
}
