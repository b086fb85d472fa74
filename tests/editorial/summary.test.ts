import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import { readStoryFiles } from '@/lib/content/files';
import { medicalDetailIn } from '@/lib/content/rules/medical-words';
import { passageText } from '@/lib/view/story-index';

/** The first story's gentle summary, as written: short, cited, calm. */

const root = fileURLToPath(new URL('../../content/stories', import.meta.url));
const files = readStoryFiles('teigen-pregnancy-loss-essay', root)!;
const { story, diagnostics } = buildStory(files);
const summary = story?.summary;
const text = files.summary?.text ?? '';
/** The summary's blocks of prose: paragraphs separated by blank lines, headings left out. */
const paragraphs = text.split(/\n\s*\n/).filter((block) => block.trim() !== '' && !block.trimStart().startsWith('#'));
const prose = text.replace(/<Cite[^>]*\/>/g, '');

describe('the first story’s summary', () => {
  it('exists and builds with no errors or warnings', () => {
    expect(files.summary).toBeDefined();
    expect(diagnostics).toEqual([]);
    expect(summary).toBeDefined();
  });

  it('is short: at most 400 words', () => {
    expect(prose.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length).toBeLessThanOrEqual(400);
  });

  it('has at most ten paragraphs, and at least eight cited claims', () => {
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.length).toBeLessThanOrEqual(10);
    expect(summary!.claims.length).toBeGreaterThanOrEqual(8);
  });

  it('cites every sentence, and cites several articles where several report it', () => {
    for (const paragraph of paragraphs) {
      for (const line of paragraph.split('\n').filter((part) => part.trim() !== '')) expect(line, line).toMatch(/<Cite [^>]+\/>$/);
    }
    expect(summary!.claims.filter((claim) => new Set(claim.citations.map((c) => c.sourceId)).size >= 2).length).toBeGreaterThanOrEqual(6);
  });

  it('carries no medical detail in its words or in any passage its notes quote', () => {
    expect(medicalDetailIn(prose)).toEqual([]);
    for (const citation of summary!.claims.flatMap((claim) => claim.citations)) {
      const passage = passageText(story!, citation);
      expect(medicalDetailIn(passage), passage).toEqual([]);
    }
    // The whole file too: no medical word hides in a quote attribute either.
    expect(medicalDetailIn(text)).toEqual([]);
  });

  it('says "pregnancy loss" in its own words, never "miscarriage"', () => {
    expect(prose).not.toMatch(/miscarr/i);
  });
});
