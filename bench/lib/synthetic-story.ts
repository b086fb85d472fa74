import type { StoryFiles } from '../../lib/content/files';

/**
 * A synthetic story for measuring the content pipeline at growing size:
 * `sources` archived articles, each cited `citationsPerSource` times by a claim
 * of its own, with text drawn from a Zipf-like vocabulary (so, as in real
 * prose, a few words occur everywhere and most are rare) and one sentence of
 * every source repeated in the next one, so corroboration has something to find.
 * Deterministic: the same size always gives the same files.
 */

const COMMON = ['the', 'and', 'of', 'to', 'a', 'in', 'that', 'she', 'her', 'was', 'it', 'for', 'on', 'with', 'said', 'as', 'had', 'his', 'at', 'by'];

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vi', 'so', 'pe', 'da', 'go', 'fu', 'zi', 'be', 'ha'];

function wordFor(index: number): string {
  if (index < COMMON.length) return COMMON[index]!;
  let n = index;
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word;
}

export interface SyntheticOptions {
  sources: number;
  citationsPerSource?: number;
  paragraphsPerSource?: number;
  sentencesPerParagraph?: number;
  vocabulary?: number;
}

export function syntheticStory({
  sources,
  citationsPerSource = 10,
  paragraphsPerSource = 12,
  sentencesPerParagraph = 4,
  vocabulary = 20_000,
}: SyntheticOptions): StoryFiles {
  const random = rng(sources * 7919 + citationsPerSource);
  // Zipf-like: index = vocabulary ^ u - 1 makes small indexes (common words) far more likely.
  const word = () => wordFor(Math.floor(Math.pow(vocabulary, random())) - 1);
  const sentence = () => {
    const length = 8 + Math.floor(random() * 10);
    const words = Array.from({ length }, word);
    words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };

  const ids = Array.from({ length: sources }, (_, i) => `source-${String(i + 1).padStart(4, '0')}`);
  const texts: string[][][] = ids.map(() =>
    Array.from({ length: paragraphsPerSource }, () => Array.from({ length: sentencesPerParagraph }, sentence)),
  );
  // Corroboration: the first sentence of each source is repeated in the next one.
  for (let i = 1; i < sources; i++) texts[i]![paragraphsPerSource - 1]![0] = texts[i - 1]![0]![0]!;

  const claims: string[] = [];
  for (let s = 0; s < sources; s++) {
    for (let c = 0; c < citationsPerSource; c++) {
      // Citation c quotes sentence (c mod sentences) of paragraph c: distinct passages.
      const paragraph = texts[s]![c % paragraphsPerSource]!;
      const quote = paragraph[Math.floor(c / paragraphsPerSource) % sentencesPerParagraph]!;
      claims.push(`Claim ${s + 1}.${c + 1} says what the article reports.<Cite source="${ids[s]}" quote="${quote}" />`);
    }
  }
  const body: string[] = [];
  for (let i = 0; i < claims.length; i += 5) body.push(claims.slice(i, i + 5).join('\n'));

  return {
    slug: `synthetic-${sources}`,
    story: {
      path: `content/stories/synthetic-${sources}/story.mdx`,
      text: [
        '---',
        `title: A synthetic story of ${sources} sources`,
        'summary: Generated to measure the content pipeline.',
        'published: 2020-10-28',
        'language: en',
        'topics: [none]',
        '---',
        body.join('\n\n'),
        '',
      ].join('\n'),
    },
    sources: ids.map((id, i) => ({
      id,
      path: `content/stories/synthetic-${sources}/sources/${id}.md`,
      text: ['---', `outlet: Outlet ${i + 1}`, 'published: 2020-10-28', 'language: en', '---', ...texts[i]!.map((p) => p.join(' ')), ''].join('\n'),
    })),
  };
}
