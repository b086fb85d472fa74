import type { Root } from 'mdast';
import type { DiagnosticCode, Report } from '../diagnostics';

/**
 * What a rule must accept and what it must refuse, beside the rule, as
 * remark-lint documents its rules: `rules.test.ts` runs every example, and
 * fails on a code the rule declares that no example of it produces.
 */
export interface Examples<Input> {
  ok: readonly Input[];
  notOk: readonly { input: Input; codes: readonly DiagnosticCode[] }[];
}

/** A content rule, as remark-lint has them: reads the tree, reports what it finds, changes nothing. */
export interface Rule {
  name: string;
  /** Every code the rule can report. */
  codes: readonly DiagnosticCode[];
  check: (tree: Root, report: Report) => void;
  /** MDX documents. */
  examples: Examples<string>;
}
