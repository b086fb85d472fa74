/**
 * Every axe run of the browser suite, through @axe-core/playwright's AxeBuilder.
 * Legacy mode runs axe in the page itself: the default mode finishes each run in
 * a new blank page, several times slower over the hundreds of runs the suite
 * makes, for cross-origin frames these pages do not have.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules disabled anywhere, each with its reason. Keep this empty unless a rule
 * is wrong for this site; ACCESSIBILITY.md lists whatever is here.
 */
export const DISABLED_AXE_RULES: Record<string, string> = {};

/**
 * Runs axe (WCAG 2.0–2.2 A and AA, best practice) on the page as it is; returns
 * one line per violation. `include` limits it to part of the page (CSS selectors).
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS);
  const disabled = Object.keys(DISABLED_AXE_RULES);
  if (disabled.length > 0) builder = builder.disableRules(disabled);
  for (const selector of include ?? []) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return describeViolations(violations);
}

/** One line per violation, with its first three elements: shared by every engine's axe run. */
export function describeViolations(violations: Result[]): string[] {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`).join('\n      ')}`,
  );
}
