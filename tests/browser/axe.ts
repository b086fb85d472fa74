/**
 * axe-core, injected straight into the page: several times faster than
 * @axe-core/playwright (which opens an extra page for every run), and the newer
 * engine (4.14, whose label-content-name-mismatch rule is no longer experimental).
 * Shared by every browser test that runs axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, disabled, include }) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const results = await axe.run((include ? { include: include.map((selector) => [selector]) } : document) as Document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`).join('\n      ')}`,
      );
    },
    { tags: AXE_TAGS, disabled: Object.keys(DISABLED_AXE_RULES), include },
  );
  return violations;
}

