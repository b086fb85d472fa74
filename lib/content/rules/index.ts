import type { Root } from 'mdast';
import type { Report } from '../diagnostics';
import { figureAltText } from './alt-text';
import { citePlacement } from './cite-placement';
import { knownComponents } from './components';
import { noExpressions } from './expressions';
import { sensitiveTopic } from './sensitive-topic';
import { noMedicalDetail, summaryElements } from './summary';

/** A content rule, as remark-lint has them: reads the tree, reports what it finds, changes nothing. */
export type Rule = (tree: Root, report: Report) => void;

export const STORY_RULES: readonly Rule[] = [noExpressions, knownComponents, citePlacement, figureAltText, sensitiveTopic];

export const SUMMARY_RULES: readonly Rule[] = [...STORY_RULES, summaryElements, noMedicalDetail];

export function lint(tree: Root, rules: readonly Rule[], report: Report) {
  for (const rule of rules) rule(tree, report);
}
