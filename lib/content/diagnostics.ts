import { distance } from 'fastest-levenshtein';
import type { Node } from 'unist';

export type Severity = 'error' | 'warning';

/**
 * Every problem the content check can find, each with a stable code that tests
 * and tools pin (as MediaWiki's Cite reports `cite_error_…` keys): the wording
 * of a message may change, its code does not.
 */
export const DIAGNOSTIC_CODES = [
  // Files and sources
  'story-missing',
  'source-id',
  'source-duplicate',
  'source-empty',
  'source-uncited',
  'caption-out-of-range',
  'source-page-missing',
  'source-page-changed',
  'source-figure-alt-missing',
  // Frontmatter
  'frontmatter-missing',
  'frontmatter-unterminated',
  'frontmatter-yaml',
  'frontmatter-not-mapping',
  'frontmatter-unknown-field',
  'frontmatter-required',
  'frontmatter-invalid',
  // The log of changes
  'changes-first-not-publication',
  'changes-out-of-order',
  'changes-in-future',
  'changes-updated-mismatch',
  // The MDX body and its components
  'mdx-syntax',
  'mdx-expression',
  'component-unknown',
  'attribute-unknown',
  'attribute-spread',
  'attribute-not-string',
  // Citations
  'cite-not-self-closing',
  'cite-placement',
  'cite-source-missing',
  'source-unknown',
  'quote-empty',
  'quote-not-found',
  'quote-ambiguous',
  // Figures and sensitive passages
  'figure-alt-missing',
  'figure-alt-file-name',
  'figure-alt-redundant',
  'figure-caption-missing',
  'figure-caption-repeats-alt',
  'figure-credit-missing',
  'sensitive-topic-missing',
  // The gentle summary
  'summary-frontmatter',
  'summary-element',
  'summary-medical-word',
  'summary-medical-quote',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** One problem found in content, located precisely enough for an editor to jump to it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

/** `path:line:column severity: message [code]`, the code last as ESLint prints rule ids. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message} [${d.code}]`;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** By file and position, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** A diagnostic at a known place of a file. */
export function diagnostic(
  file: string,
  position: Position,
  code: DiagnosticCode,
  message: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file, line: position.line, column: position.column, severity, code, message };
}

/**
 * Reports a problem at a node of a document's tree, as remark-lint's
 * `file.message(reason, node)` does: the place comes from the node. Positions in
 * the tree count from the document's body; `bodyLine` turns them into lines of
 * the whole file.
 */
export type Report = (node: Node, code: DiagnosticCode, message: string, severity?: Severity) => void;

export function reporter(file: string, bodyLine: number, into: Diagnostic[]): Report {
  return (node, code, message, severity = 'error') =>
    into.push(diagnostic(file, positionIn(node, bodyLine), code, message, severity));
}

export function positionIn(node: Node, bodyLine: number): Position {
  return { line: (node.position?.start.line ?? 1) + bodyLine - 1, column: node.position?.start.column ?? 1 };
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
