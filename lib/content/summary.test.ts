import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import type { StoryFiles } from '@/lib/content/files';
import { medicalDetailIn } from '@/lib/content/rules/medical-words';
import { passageText } from '@/lib/view/story-index';
import { buildFixture, inMemoryStory, located } from '../../tests/support/fixtures';

/**
 * The gentle summary the content note offers instead of the story
 * (content/stories/<slug>/summary.mdx): validated like the story, every claim
 * cited and verified, and never any medical detail, in its words or its notes.
 */

const SOURCES = {
  heart: 'In a lengthy blog post, the star said she asked John and her mother to take pictures.\n\nShe previously shared that her bleeding could not be stopped.',
};
const withSummary = (summary: string): StoryFiles => ({
  ...inMemoryStory('She asked them to take pictures.<Cite source="heart" quote="she asked John and her mother to take pictures" />\n', SOURCES),
  summary: { path: 'stories/in-memory/summary.mdx', text: summary },
});
const SUMMARY = 'stories/in-memory/summary.mdx';
const problems = (files: StoryFiles) => buildStory(files).diagnostics.map(located);
const error = (line: number, column: number, code: string) => ({ file: SUMMARY, line, column, severity: 'error', code });

describe('summary.mdx in the content pipeline', () => {
  it('builds a story’s summary as a document of its own: its own claims, resolved against the story’s sources', () => {
    const { story, diagnostics } = buildFixture('summary');
    expect(diagnostics).toEqual([]);
    const summary = story!.summary!;
    expect(summary.file).toMatch(/(^|\/)summary\/stories\/teigen-essay\/summary\.mdx$/);
    expect(summary.claims.map((claim) => claim.citations.map((c) => c.index))).toEqual([[1], [1, 2], [1]]);
    expect(passageText(story!, summary.claims[0]!.citations[0]!)).toBe('loss their son Jack when she was 20 weeks pregnant');
    expect(summary.figures).toEqual([]);
    expect(summary.sensitives).toEqual([]);
    // The story itself is untouched by its summary.
    expect(story!.claims[0]!.text).toMatch(/^Chrissy Teigen lost her son Jack/);
  });

  it('leaves a story without summary.mdx without a summary', () => {
    const { story } = buildFixture('valid');
    expect(story).toBeDefined();
    expect(story!.summary).toBeUndefined();
  });

  it('verifies the summary’s citations like the story’s, reporting at summary.mdx', () => {
    expect(problems(withSummary('They asked.<Cite source="heart" quote="she asked her mother to take pictures" />\n'))).toEqual([error(1, 40, 'quote-not-found')]);
    expect(problems(withSummary('They asked.<Cite source="hart" quote="she asked" />\n'))).toEqual([error(1, 26, 'source-unknown')]);
  });

  it('refuses medical detail in the summary’s own words, at the place it occurs', () => {
    const [found, ...rest] = buildStory(withSummary('## Calm\n\nShe was bleeding.<Cite source="heart" quote="she asked John" />\n')).diagnostics;
    expect(rest).toEqual([]);
    expect(located(found!)).toEqual(error(3, 1, 'summary-medical-word'));
    expect(found!.message).toContain('"bleeding"');
  });

  it('refuses a quotation of medical detail, which its notes would show', () => {
    expect(problems(withSummary('She shared it.<Cite source="heart" quote="her bleeding could not be stopped" />\n'))).toEqual([error(1, 15, 'summary-medical-quote')]);
  });

  it('refuses <Sensitive> and <Figure>, which belong to the story', () => {
    const found = problems(withSummary('<Sensitive topic="medical details">\n\nA passage.<Cite source="heart" quote="she asked John" />\n\n</Sensitive>\n\n<Figure alt="Two people at a table, talking" caption="A photograph not shown" credit="Picture: Instagram" />\n'));
    expect(found).toEqual([error(1, 1, 'summary-element'), error(7, 1, 'summary-element')]);
  });

  it('takes no frontmatter, and reports MDX syntax errors at summary.mdx', () => {
    expect(problems(withSummary('---\ntitle: x\n---\nText.\n'))).toEqual([error(1, 1, 'summary-frontmatter')]);
    expect(problems(withSummary('Text <Cite source="heart"\n'))).toEqual([error(1, 26, 'mdx-syntax')]);
  });

  it('stops the build on a summary error, as on a story error', () => {
    expect(buildStory(withSummary('Bleeding.<Cite source="heart" quote="she asked John" />\n')).story).toBeUndefined();
  });
});

describe('medicalDetailIn', () => {
  it('finds the words the summary must not carry', () => {
    expect(medicalDetailIn('bags of blood transfusions')).toEqual(['blood', 'transfusion']);
    expect(medicalDetailIn('she bled for days')).toEqual(['bleeding']);
    expect(medicalDetailIn('partial placenta abruption')).toEqual(['placenta', 'abruption']);
    expect(medicalDetailIn('After she delivered Jack')).toEqual(['delivery']);
    expect(medicalDetailIn('After pushing Jack out')).toEqual(['pushing']);
    expect(medicalDetailIn('photographs from the Hospital')).toEqual(['hospital']);
  });

  it('lets calm words through, including words that only share letters with a medical one', () => {
    expect(medicalDetailIn('She wrote about the loss of her son and the pregnancy loss of others; she thanked people for their kindness.')).toEqual([]);
    expect(medicalDetailIn('Blossom, a pushover, fluidity')).toEqual([]);
  });

  it('matches the start of a word, so a compound such as "bloodless" is refused too: strict on purpose', () => {
    expect(medicalDetailIn('bloodless')).toEqual(['blood']);
  });
});

