import type { Root } from 'mdast';
import type { Report } from '../diagnostics';
import type { StoryFrontmatter } from '../schema';
import { CHANGE_RULES, type FieldReport } from './changes';
import { altTextRule } from './alt-text';
import { citePlacementRule } from './cite-placement';
import { componentsRule } from './components';
import { expressionsRule } from './expressions';
import { ownWordsRule } from './own-words';
import type { Rule } from './rule';
import { sensitiveTopicRule } from './sensitive-topic';
import { noMedicalDetailRule, summaryElementsRule } from './summary';

export type { Rule } from './rule';

export const STORY_RULES: readonly Rule[] = [expressionsRule, componentsRule, citePlacementRule, ownWordsRule, altTextRule, sensitiveTopicRule];

export const SUMMARY_RULES: readonly Rule[] = [...STORY_RULES, summaryElementsRule, noMedicalDetailRule];

export function lint(tree: Root, rules: readonly Rule[], report: Report) {
  for (const rule of rules) rule.check(tree, report);
}

/** The rules of a story's frontmatter that its schema cannot say (how its fields agree), as of the build's date. */
export function lintStoryFrontmatter(meta: StoryFrontmatter, report: FieldReport, today = new Date().toISOString().slice(0, 10)) {
  for (const rule of CHANGE_RULES(today)) rule(meta, report);
}
