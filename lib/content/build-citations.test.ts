import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import type { Story } from '@/lib/content/model';
import { passageText } from '@/lib/view/story-index';
import { fixtureFiles, inMemoryStory } from '../../tests/support/fixtures';

/**
 * The valid fixture's account, in order:
 *   1. lost her son Jack …            eurweb
 *   2. asked her mother and John …    heart, wion
 *   3. (inside <Sensitive>) abruption eurweb
 *   4. "I cannot express …"           wion
 *   5. critics did not change …       wion, the very passage of claim 4
 */
const valid = (): Story => {
  const result = buildStory(fixtureFiles('valid'));
  expect(result.diagnostics).toEqual([]);
  return result.story!;
};

describe('numbering citations', () => {
  const story = valid();

  it('numbers claims by their first appearance, including claims inside a <Sensitive> passage', () => {
    expect(story.claims.map((claim) => [claim.number, claim.text])).toEqual([
      [1, 'Chrissy Teigen lost her son Jack when she was 20 weeks pregnant.'],
      [2, 'She asked her mother and John Legend to take photographs.'],
      [3, 'She had been diagnosed with a partial placenta abruption.'],
      [4, '"I cannot express how little I care that you hate the photos," she wrote.'],
      [5, 'Critics of the photographs did not change her mind.'],
    ]);
  });

  it('numbers each citation by its place in its claim’s run of Cites', () => {
    expect(story.claims.map((claim) => claim.citations.map((c) => c.index))).toEqual([[1], [1, 2], [1], [1], [1]]);
  });

  it('resolves each citation to the verbatim characters of its source’s paragraph', () => {
    const passages = story.claims.map((claim) => claim.citations.map((c) => [c.sourceId, c.paragraph, passageText(story, c)]));
    expect(passages).toEqual([
      [['eurweb', 1, 'loss their son Jack when she was 20 weeks pregnant']],
      [['heart', 3, 'the star said she asked John and her mother to take pictures'], ['wion', 2, 'she had asked her mother and husband to take photos of the moment']],
      [['eurweb', 1, 'diagnosed “with partial placenta abruption,”']],
      [['wion', 1, 'I cannot express how little I care that you hate the photos.']],
      [['wion', 1, 'I cannot express how little I care that you hate the photos.']],
    ]);
  });
});

describe('computing corroboration', () => {
  const story = valid();

  it('finds the other sources that contain a cited passage, forgiving their typography', () => {
    const citation = story.claims[3]!.citations[0]!; // wion: "I cannot express how little I care that you hate the photos."
    expect(citation.alsoIn).toEqual([
      { sourceId: 'eurweb', paragraph: 3, start: 94, end: 154 },
      { sourceId: 'heart', paragraph: 4, start: 1, end: 61 },
    ]);
    for (const occurrence of citation.alsoIn) {
      const paragraph = story.sources.find((s) => s.id === occurrence.sourceId)!.paragraphs[occurrence.paragraph - 1]!;
      expect(paragraph.text.slice(occurrence.start, occurrence.end)).toBe('I cannot express how little I care that you hate the photos.');
    }
  });

  it('finds none for a passage that only its own source contains', () => {
    expect(story.claims.slice(0, 3).flatMap((claim) => claim.citations.map((c) => c.alsoIn))).toEqual([[], [], [], []]);
  });

  it('lists as reporting a claim every source cited for it and every source containing a cited passage, in source order', () => {
    expect(story.claims.map((claim) => claim.reports.map((report) => report.sourceId))).toEqual([
      ['eurweb'],
      ['heart', 'wion'],
      ['eurweb'],
      ['eurweb', 'heart', 'wion'],
      ['eurweb', 'heart', 'wion'],
    ]);
  });
});

describe('identifying claims', () => {
  const sources = { wion: 'Teigen addressed her critics and wrote, "I cannot express how little I care that you hate the photos."\n' };
  const cite = '<Cite source="wion" quote="I cannot express how little I care that you hate the photos." />';
  const claimsOf = (body: string) => {
    const result = buildStory(inMemoryStory(body, sources));
    expect(result.diagnostics).toEqual([]);
    return result.story!.claims;
  };

  it('keeps a claim’s id when a new claim before it renumbers it', () => {
    const before = claimsOf(`She answered her critics.${cite}\n`);
    const after = claimsOf(`She wrote a blog post.${cite}\n\nShe answered her critics.${cite}\n`);
    expect(after[1]!.number).toBe(2);
    expect(after[1]!.id).toBe(before[0]!.id);
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(before[0]!.id).toMatch(/^claim-[0-9a-f]{8}$/);
  });

  it('gives claims with the same words distinct ids', () => {
    const claims = claimsOf(`She answered her critics.${cite}\n\nShe answered her critics.${cite}\n`);
    expect(claims.map((claim) => claim.id)).toEqual([claims[0]!.id, `${claims[0]!.id}-2`]);
  });

  it('keeps a claim’s id when only its typography changes', () => {
    const straight = claimsOf(`She wrote "no regrets" - twice.${cite}\n`);
    const curly = claimsOf(`She wrote “no regrets” — twice.${cite}\n`);
    expect(curly[0]!.id).toBe(straight[0]!.id);
  });

  it('resolves the same passage quoted with different typography to the same characters', () => {
    const result = buildStory(inMemoryStory(
      `She answered.${cite}\n\nAgain.<Cite source="wion" quote="i cannot express how little I care  that you hate the photos." />\n`,
      sources,
    ));
    const [first, second] = result.story!.claims.map((claim) => claim.citations[0]!);
    expect({ ...second, quote: '' }).toEqual({ ...first, quote: '' });
  });
});
