import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../diagnostics';
import { parseMdx } from '../mdx';
import { CHANGE_RULES, CHANGES_CODES, CHANGES_EXAMPLES, EXAMPLES_TODAY, type DatedFields } from './changes';
import { SUMMARY_RULES, type Rule } from './index';

/**
 * Every rule's own examples (beside it, in its module), run against it alone:
 * each ok example reports nothing, each not-ok example exactly its codes, and
 * every code a rule declares is produced by one of its examples.
 */

function codesOfTreeRule(rule: Rule, mdx: string): DiagnosticCode[] {
  const parsed = parseMdx('example.mdx', mdx, 1);
  if (!parsed.tree || parsed.diagnostics.length > 0) throw new Error(`example does not parse: ${parsed.diagnostics[0]?.message}\n${mdx}`);
  const codes: DiagnosticCode[] = [];
  rule.check(parsed.tree, (_node, code) => codes.push(code));
  return [...new Set(codes)].sort();
}

function codesOfChanges(fields: DatedFields): DiagnosticCode[] {
  const codes: DiagnosticCode[] = [];
  for (const rule of CHANGE_RULES(EXAMPLES_TODAY)) rule(fields, (_field, code) => codes.push(code));
  return [...new Set(codes)].sort();
}

const rules = [
  ...SUMMARY_RULES.map((rule) => ({ name: rule.name, codes: rule.codes, examples: rule.examples, run: (input: string) => codesOfTreeRule(rule, input) })),
  { name: 'changes', codes: CHANGES_CODES, examples: CHANGES_EXAMPLES, run: codesOfChanges },
] as { name: string; codes: readonly DiagnosticCode[]; examples: { ok: readonly unknown[]; notOk: readonly { input: unknown; codes: readonly DiagnosticCode[] }[] }; run: (input: unknown) => DiagnosticCode[] }[];

describe.each(rules)('the $name rule', ({ codes, examples, run }) => {
  it('reports nothing on each of its ok examples', () => {
    expect(examples.ok.length).toBeGreaterThan(0);
    for (const input of examples.ok) expect(run(input), JSON.stringify(input)).toEqual([]);
  });

  it('reports exactly the codes each not-ok example names, all of them codes it declares', () => {
    for (const { input, codes: expected } of examples.notOk) {
      expect(run(input), JSON.stringify(input)).toEqual([...expected].sort());
      for (const code of expected) expect(codes).toContain(code);
    }
  });

  it('has an example for every code it declares', () => {
    const shown = new Set(examples.notOk.flatMap((example) => example.codes));
    expect(codes.filter((code) => !shown.has(code))).toEqual([]);
  });
});
