import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStory, type StoryFiles } from '@/lib/content/build';
import { readStoryFiles } from '@/lib/content/files';
import { formatDiagnostic, sortDiagnostics } from '@/lib/content/diagnostics';
import { medicalDetailIn } from '@/lib/content/rules/medical-words';
import { buildFixture, inMemoryStory } from '../../tests/support/fixtures';

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
const problems = (files: StoryFiles) => sortDiagnostics(buildStory(files).diagnostics).map(formatDiagnostic);

describe('summary.mdx in the content pipeline', () => {
  it('builds a story’s summary as a story of its own: same title, topics and sources; its own claims and notes', () => {
    const { story, diagnostics } = buildFixture('summary');
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const summary = story!.summary!;
    expect(summary.file).toMatch(/(^|\/)summary\/stories\/teigen-essay\/summary\.mdx$/);
    expect(summary.meta).toBe(story!.meta);
    expect(summary.sources).toBe(story!.sources);
    expect(summary.bodyLine).toBe(1);
    expect(summary.claims.map((claim) => claim.citations.map((c) => c.markerId))).toEqual([['cite-1-1'], ['cite-2-1', 'cite-2-2'], ['cite-3-1']]);
    expect(summary.notes.map((note) => note.number)).toEqual([1, 2, 3, 4]);
    expect(summary.notes[0]!.passage).toBe('loss their son Jack when she was 20 weeks pregnant');
    expect(summary.figures).toEqual([]);
    expect(summary.sensitives).toEqual([]);
    expect(summary.summary).toBeUndefined();
    // The story itself is untouched by its summary.
    expect(story!.claims[0]!.text).toMatch(/^Chrissy Teigen lost her son Jack/);
  });

  it('leaves a story without summary.mdx without a summary', () => {
    const { story } = buildFixture('valid');
    expect(story).toBeDefined();
    expect(story!.summary).toBeUndefined();
  });

  it('verifies the summary’s citations like the story’s, reporting at summary.mdx', () => {
    expect(problems(withSummary('They asked.<Cite source="heart" quote="she asked her mother to take pictures" />\n'))).toEqual([
      'stories/in-memory/summary.mdx:1:12 error: quote not found in heart; closest passage (paragraph 1): "John and her mother to take pictures"',
    ]);
    expect(problems(withSummary('They asked.<Cite source="hart" quote="she asked" />\n'))).toEqual([
      'stories/in-memory/summary.mdx:1:12 error: unknown source "hart"; did you mean "heart"? (known source ids: heart)',
    ]);
  });

  it('refuses medical detail in the summary’s own words, at the place it occurs', () => {
    expect(problems(withSummary('## Calm\n\nShe was bleeding.<Cite source="heart" quote="she asked John" />\n'))).toEqual([
      'stories/in-memory/summary.mdx:3:1 error: the summary must carry no medical detail, but it says "bleeding"; leave that to the story, where it has its own note',
    ]);
  });

  it('refuses a quotation of medical detail, which its notes would show', () => {
    expect(problems(withSummary('She shared it.<Cite source="heart" quote="her bleeding could not be stopped" />\n'))).toEqual([
      'stories/in-memory/summary.mdx:1:15 error: the summary\'s notes would quote medical detail ("bleeding"); cite a passage without it',
    ]);
  });

  it('refuses <Sensitive> and <Figure>, which belong to the story', () => {
    const found = problems(withSummary('<Sensitive topic="medical details">\n\nA passage.<Cite source="heart" quote="she asked John" />\n\n</Sensitive>\n\n<Figure alt="Two people at a table, talking" caption="A photograph not shown" credit="Picture: Instagram" />\n'));
    expect(found).toEqual([
      'stories/in-memory/summary.mdx:1:1 error: <Sensitive> does not belong in summary.mdx: the summary is the gentle alternative to the story, so it leaves out the photographs and the passages that need their own note',
      'stories/in-memory/summary.mdx:7:1 error: <Figure> does not belong in summary.mdx: the summary is the gentle alternative to the story, so it leaves out the photographs and the passages that need their own note',
    ]);
  });

  it('takes no frontmatter, and reports MDX syntax errors at summary.mdx', () => {
    expect(problems(withSummary('---\ntitle: x\n---\nText.\n'))).toEqual([
      'stories/in-memory/summary.mdx:1:1 error: summary.mdx takes no frontmatter: its title, topics and support come from story.mdx',
    ]);
    const [syntax] = problems(withSummary('Text <Cite source="heart"\n'));
    expect(syntax).toMatch(/^stories\/in-memory\/summary\.mdx:\d+:\d+ error: MDX does not parse/);
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

  it('lets calm words through', () => {
    expect(medicalDetailIn('She wrote about the loss of her son and the pregnancy loss of others; she thanked people for their kindness.')).toEqual([]);
    expect(medicalDetailIn('Blossom, pushover, fluidity, bloodless')).toEqual(['blood']);
  });
});

describe('the first story’s summary', () => {
  const root = fileURLToPath(new URL('../../content/stories', import.meta.url));
  const files = readStoryFiles('teigen-pregnancy-loss-essay', root)!;
  const { story, diagnostics } = buildStory(files);
  const summary = story?.summary;

  it('exists and builds with no errors or warnings', () => {
    expect(files.summary).toBeDefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(summary).toBeDefined();
  });

  it('is short: at most 400 words, in at most ten paragraphs of cited claims', () => {
    const prose = summary!.body.replace(/<Cite[^>]*\/>/g, '');
    expect(prose.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length).toBeLessThanOrEqual(400);
    expect(summary!.claims.length).toBeGreaterThanOrEqual(8);
  });

  it('cites every sentence, and cites several articles where several report it', () => {
    const paragraphs = summary!.body.split(/\n\s*\n/).filter((block) => !block.startsWith('#') && block.trim() !== '');
    for (const paragraph of paragraphs) {
      for (const line of paragraph.split('\n').filter((text) => text.trim() !== '')) expect(line, line).toMatch(/<Cite [^>]+\/>$/);
    }
    expect(summary!.claims.filter((claim) => new Set(claim.citations.map((c) => c.sourceId)).size >= 2).length).toBeGreaterThanOrEqual(6);
  });

  it('carries no medical detail in its words or in any passage its notes quote', () => {
    const prose = summary!.body.replace(/<Cite[^>]*\/>/g, '');
    expect(medicalDetailIn(prose)).toEqual([]);
    for (const note of summary!.notes) expect(medicalDetailIn(note.passage), note.passage).toEqual([]);
    for (const word of ['bleed', 'blood', 'transfusion', 'placenta', 'deliver', 'pushing', 'oxygen', 'nurse', 'hospital']) {
      expect(summary!.body.toLowerCase()).not.toContain(word);
      for (const note of summary!.notes) expect(note.passage.toLowerCase()).not.toContain(word);
    }
  });

  it('says "pregnancy loss" in its own words, never "miscarriage"', () => {
    const prose = summary!.body.replace(/<Cite[^>]*\/>/g, '');
    expect(prose).not.toMatch(/miscarr/i);
  });
});
