import type { Root } from 'mdast';
import type { Report } from '../diagnostics';
import type { StoryFrontmatter } from '../schema';
import { CHANGE_RULES, type FieldReport } from './changes';
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

/** The rules of a story's frontmatter that its schema cannot say (how its fields agree), as of the build's date. */
export function lintStoryFrontmatter(meta: StoryFrontmatter, report: FieldReport, today = new Date().toISOString().slice(0, 10)) {
  for (const rule of CHANGE_RULES(today)) rule(meta, report);
}
