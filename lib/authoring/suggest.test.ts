import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import type { StoryFiles } from '@/lib/content/files';
import { readStoryFiles } from '@/lib/content/files';
import type { Source } from '@/lib/content/model';
import { parseSource } from '@/lib/content/sources';
import { asAttributeValue, buildSuggestIndex, sentences, stem, suggest, tokenize } from '@/lib/authoring/suggest';
import { findAll, fold, foldTypography } from '@/lib/matching/fold';

/**
 * `npm run content:suggest` ranks the passages of a story's sources for a
 * claim. These tests use the real sources of the first story and claims
 * taken from its account.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const contentRoot = fileURLToPath(new URL('../../content/stories', import.meta.url));
const files = readStoryFiles(SLUG, contentRoot)!;
const sources: Source[] = files.sources.map((file) => {
  const { source } = parseSource(file.id, file.path, file.text);
  if (!source) throw new Error(`source ${file.id} does not parse`);
  return source;
});
const index = buildSuggestIndex(sources);
const paragraphText = (sourceId: string, paragraph: number) =>
  sources.find((source) => source.id === sourceId)!.paragraphs[paragraph - 1]!.text;

/** Claims as the account words them, and the passage that supports each best. */
const CLAIMS: [claim: string, sourceId: string, startOfParagraph: string][] = [
  ['She asked her mother and John Legend to take the pictures', 'heart', 'In a lengthy blog post, the star said she asked John and her mother'],
  ['She was diagnosed with a partial placenta abruption', 'eurweb', 'Teigen and her husband John Legend loss their son Jack'],
  ['In August 2020 the couple announced that they were expecting their third child', 'wion', 'Teigen and Legend share two children together.'],
  ['On 27 September she posted on Instagram that she had suffered excessive bleeding and was being admitted to hospital', 'wion', 'The model- turned cookbook author'],
  ['Heart’s article ended by pointing readers affected by the issues it raised to the Miscarriage Association', 'heart', 'If you have been affected'],
  ['Some accused her of “caring more about her Instagram than the baby she lost”', 'unattributed-b', 'Majority of the fans rushed'],
  ['She wrote that Jack “will always be loved, explained to our kids as existing in the wind and trees”', 'heart', '"Jack will always be loved'],
  ['She revealed in her Instagram post at the time that they had named the baby Jack', 'wion', 'In her Instagram post at the time'],
];

describe('content:suggest ranking', () => {
  describe.each(CLAIMS)('given the claim "%s"', (claim, sourceId, startOfParagraph) => {
    const [best] = suggest(index, claim);

    it(`ranks the ${sourceId} paragraph that supports it first`, () => {
      expect(best).toBeDefined();
      expect(best!.rank).toBe(1);
      expect(best!.sourceId).toBe(sourceId);
      expect(best!.text.startsWith(startOfParagraph)).toBe(true);
      expect(best!.text).toBe(paragraphText(sourceId, best!.paragraph));
    });

    it('offers a quote that is verbatim in that paragraph and occurs only once in its source', () => {
      expect(best!.text).toContain(best!.quote);
      const source = sources.find((s) => s.id === sourceId)!;
      const places = source.paragraphs.flatMap((p) => findAll(foldTypography(p.text), fold(best!.quote)));
      expect(places).toHaveLength(1);
    });
  });

  it('offers <Cite> elements that the content check accepts as they are pasted', () => {
    const cites = CLAIMS.map(([claim]) => `${claim}.${suggest(index, claim)[0]!.cite}`);
    const story: StoryFiles = {
      ...files,
      story: {
        path: files.story.path,
        text: `---\ntitle: t\nsummary: s.\npublished: 2020-10-28\nlanguage: en\ntopics:\n  - grief\n---\n\n${cites.join('\n\n')}\n`,
      },
    };
    const errors = buildStory(story).diagnostics.filter((d) => d.severity === 'error' || !/never cited/.test(d.message));
    expect(errors).toEqual([]);
  });

  it('returns the requested number of passages, best first', () => {
    const ranking = suggest(index, 'photos from the hospital', { limit: 3 });
    expect(ranking.map((hit) => hit.rank)).toEqual([1, 2, 3]);
    expect(ranking[0]!.score).toBeGreaterThanOrEqual(ranking[1]!.score);
    expect(ranking[1]!.score).toBeGreaterThanOrEqual(ranking[2]!.score);
  });

  it('searches only the sources asked for', () => {
    const ranking = suggest(index, 'I cannot express how little I care that you hate the photos', { sourceIds: ['wion'], limit: 10 });
    expect(ranking.length).toBeGreaterThan(0);
    expect(new Set(ranking.map((hit) => hit.sourceId))).toEqual(new Set(['wion']));
  });

  it('returns nothing for a claim made only of common words', () => {
    expect(suggest(index, 'she had been with them')).toEqual([]);
  });

  it('marks a photo caption as a caption', () => {
    const [best] = suggest(index, 'Teigan posted photos from the hospital Picture Instagram');
    expect(best?.sourceId).toBe('heart');
    expect(best?.isCaption).toBe(true);
  });
});

describe('tokenising a claim', () => {
  it('folds typography as citation matching does, so curly and straight apostrophes are one word', () => {
    expect(tokenize('it’s something you wouldn’t have done')).toEqual(tokenize("it's something you wouldn't have done"));
  });

  it('drops common words and keeps the words that carry meaning', () => {
    expect(tokenize('She was diagnosed with a partial placenta abruption')).toEqual(['diagnos', 'partial', 'placenta', 'abruption']);
  });

  it('stems lightly, so plural and past forms meet their base word', () => {
    expect(stem('photos')).toBe(stem('photo'));
    expect(stem('shared')).toBe(stem('share'));
    expect(stem('sharing')).toBe(stem('share'));
    expect(stem('pictures')).toBe(stem('picture'));
    expect(stem('stories')).toBe(stem('story'));
    expect(stem('criticised')).toBe(stem('criticise'));
  });
});

describe('choosing the quote to paste', () => {
  it('splits a paragraph into sentences without cutting "Sept. 30" in two', () => {
    const text = paragraphText('eurweb', 5);
    expect(sentences(text)).toEqual([text]);
  });

  it('never cuts a quotation in two: a quotation of several sentences is offered whole', () => {
    expect(sentences(paragraphText('eurweb', 3))).toEqual([
      '“We had tried bags and bags of blood transfusions, every single one going right through me like we hadn’t done anything at all,” wrote Teigen for Medium on Tuesday.',
      '“Late one night, I was told it would be time to let go in the morning. I cried a little at first, then went into full blown convulsions of snot and tears, my breath not able to catch up with my own incredibly deep sadness.”',
    ]);
  });

  it('drops the opening mark of a quotation that runs on into the next paragraph, as articles leave it open', () => {
    const wion = sources.find((source) => source.id === 'wion')!;
    const text = wion.paragraphs.find((paragraph) => paragraph.text.startsWith('"I cannot express'))!.text;
    expect(sentences(text)).toEqual([
      '"I cannot express how little I care that you hate the photos," she writes.',
      "How little I care that it's something you wouldn't have done. I lived it, I chose to do it, and more than anything, these photos aren't for anyone but the people who have lived this or are curious enough to wonder what something like this is like.",
    ]);
  });

  it('offers the sentence after a dateline, neither cut at "Oct." nor starting with the dateline', () => {
    const text = 'WASHINGTON, Oct. 28 (UPI) -- Chrissy Teigen wrote an essay for Medium about losing her son. Dr. Smith was not named.';
    const upi = parseSource('upi', 'upi.md', `---
outlet: UPI
language: en
---
${text}
`).source!;
    const [best] = suggest(buildSuggestIndex([upi]), 'Teigen wrote an essay for Medium');
    expect(best!.quote).toBe('Chrissy Teigen wrote an essay for Medium about losing her son.');
  });

  it('turns straight double quotes into curly ones, so the quote can stand inside quote="…"', () => {
    expect(asAttributeValue('she said "no matter how uncomfortable it was".')).toBe('she said “no matter how uncomfortable it was”.');
    expect(asAttributeValue('"He hated it."')).toBe('“He hated it.”');
  });
});
