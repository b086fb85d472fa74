import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, fixturesDir, inMemoryStory, projectRoot } from '../../tests/support/fixtures';
import { buildStory } from './build';
import { CATALOGUE_DOCUMENT, catalogueTable, DIAGNOSTIC_CODES, type DiagnosticCode } from './catalogue';
import { SUMMARY_RULES } from './rules';
import { CHANGES_CODES } from './rules/changes';

/** Fixture cases: tests/fixtures/<case>/stories/… (the others there are import inputs). */
const fixtureCases = readdirSync(fixturesDir).filter((name) => existsSync(path.join(fixturesDir, name, 'stories')));

/**
 * The two problems a fixture folder cannot hold: a story folder with no story.mdx
 * is no story to list, and two files differing only in case cannot both be checked
 * out on macOS or Windows.
 */
function inMemoryExamples(): DiagnosticCode[] {
  const noAccount = { ...inMemoryStory('', {}), story: { path: 'stories/in-memory/story.mdx' } };
  const twice = inMemoryStory('A claim.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' });
  const duplicated = { ...twice, sources: [...twice.sources, { ...twice.sources[0]!, path: 'elsewhere/heart.md' }] };
  return [noAccount, duplicated].flatMap((files) => buildStory(files).diagnostics.map((d) => d.code));
}

describe('the catalogue of diagnostics', () => {
  it('every code is produced by an example: a rule’s own (rules.test.ts runs them), a fixture story, or one of two in-memory cases', () => {
    const produced = new Set<DiagnosticCode>([
      ...SUMMARY_RULES.flatMap((rule) => rule.codes),
      ...CHANGES_CODES,
      ...fixtureCases.flatMap((name) => buildFixture(name).diagnostics.map((d) => d.code)),
      ...inMemoryExamples(),
    ]);
    expect(DIAGNOSTIC_CODES.filter((code) => !produced.has(code))).toEqual([]);
  });

  it('each fixture story is named after a code it produces, or says what it holds (valid, summary, many-errors, one-source)', () => {
    const descriptive = new Set(['valid', 'summary', 'many-errors', 'one-source']);
    for (const name of fixtureCases.filter((name) => !descriptive.has(name))) {
      const codes = buildFixture(name).diagnostics.map((d) => d.code);
      expect(codes.some((code) => name === code || name.startsWith(`${code}-`)), `${name}: ${codes.join(', ')}`).toBe(true);
    }
  });

  it('is listed in full in docs/diagnostic-codes.md, as npm run content:codes writes it', () => {
    const guide = readFileSync(path.join(projectRoot, CATALOGUE_DOCUMENT), 'utf8');
    expect(guide).toContain(catalogueTable());
  });
});
