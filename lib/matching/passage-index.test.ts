import { describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/content/model';
import { PassageIndex, type IndexedSourceText } from '@/lib/matching/passage-index';
import { wordsOf } from '@/lib/matching/words';
import { findAll, fold, foldTypography } from '@/lib/matching/fold';
import { syntheticStory } from '../../bench/lib/synthetic-story';

const indexed = (sources: Record<string, string[]>): IndexedSourceText[] =>
  Object.entries(sources).map(([id, texts]) => ({
    id,
    paragraphs: texts.map((text, i) => ({ paragraph: { number: i + 1 }, folded: foldTypography(text) })),
  }));

/** What the pipeline did before the index: read every paragraph of every other source. */
function scanAll(sources: IndexedSourceText[], needle: string, except?: string): Passage[] {
  const found: Passage[] = [];
  for (const source of sources) {
    if (source.id === except) continue;
    for (const { paragraph, folded } of source.paragraphs) {
      const [range] = findAll(folded, needle);
      if (range) {
        found.push({ sourceId: source.id, paragraph: paragraph.number, ...range });
        break;
      }
    }
  }
  return found;
}

describe('finding a cited passage in every source through the word index', () => {
  const sources = indexed({
    heart: ['She said: “I cannot express how little I care.”', 'Chrissy Teigen shared photos.'],
    wion: ['Now, in a blog post, she wrote, "I cannot express how little I care that you hate the photos."'],
    eurweb: ['Teigen noted, “I cannot express how little I care that you hate the photos.”', 'He hated it… I could tell — Teigen said.'],
    math: ['The letter x𝐀bc is astral.', 'Dots ... and more dots ...'],
  });

  it('splits words exactly where findAll decides a match would cut one', () => {
    expect(wordsOf(fold('“I cannot express,” she said — 4½ times'))).toEqual(['i', 'cannot', 'express', 'she', 'said', '4½', 'times']);
    // Astral letters are two code units that findAll does not count as word characters.
    expect(wordsOf('x𝐀bc')).toEqual(['x', 'bc']);
  });

  it.each([
    ['I cannot express how little I care', 'heart'],
    ['"I cannot express how little I care that you hate the photos."', 'wion'],
    ['he hated it... i could tell-teigen said', undefined],
    ['hated', undefined],
    ['ated it', undefined],
    ['𝐀bc', undefined],
    ['...', undefined],
    ['nowhere at all', undefined],
  ])('given %j, it finds what a scan of every source finds', (quote, except) => {
    const needle = fold(quote);
    expect(new PassageIndex(sources).firstInEachSource(needle, except)).toEqual(scanAll(sources, needle, except));
  });

  it('given a synthetic story of 60 sources, every passage of every source is found as a full scan finds it', () => {
    const files = syntheticStory({ sources: 60, paragraphsPerSource: 4 });
    const all = files.sources.map(({ id, text }) => ({
      id,
      paragraphs: text.split('\n').slice(5).filter(Boolean).map((p, i) => ({ paragraph: { number: i + 1 }, folded: foldTypography(p) })),
    }));
    const index = new PassageIndex(all);
    let corroborated = 0;
    for (const source of all) {
      for (const { folded } of source.paragraphs) {
        for (const sentence of folded.text.split(/(?<=\.) /).slice(0, 2)) {
          const found = index.firstInEachSource(sentence, source.id);
          expect(found).toEqual(scanAll(all, sentence, source.id));
          if (found.length > 0) corroborated++;
        }
      }
    }
    expect(corroborated).toBeGreaterThan(0);
  });
});
