import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';

const source = (id: string, text: string) => ({ id, path: `sources/${id}.md`, text: `---\noutlet: ${id.toUpperCase()}\nlanguage: en\n---\n${text}\n` });

function story(body: string) {
  const { story: built, diagnostics } = buildStory({
    slug: 'corroboration',
    story: { path: 'story.mdx', text: `---\ntitle: T\nsummary: S.\npublished: 2020-10-28\nlanguage: en\ntopics: [grief]\n---\n${body}\n` },
    sources: [
      source('alpha', 'Intro.\n\nShe said "the photos are for those who need them" last night.'),
      source('beta', 'The photos are for those who need them, she said.'),
      source('gamma', 'Nothing relevant here.'),
    ],
  });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return built!;
}

// Every story must use each of its sources (source-use.ts), so each story here cites gamma too, in a claim of its own.
const GAMMA_CLAIM = '\nSomething else.<Cite source="gamma" quote="Nothing relevant here." />';

describe('corroboration of a claim', () => {
  it('given a claim citing one source, when another source holds the same words, reports both with their paragraphs', () => {
    const built = story(`She explained the photos.<Cite source="alpha" quote="the photos are for those who need them" />${GAMMA_CLAIM}`);
    expect(built.claims[0]!.reports).toEqual([
      { sourceId: 'alpha', paragraph: 2 },
      { sourceId: 'beta', paragraph: 1 },
    ]);
  });

  it('given a claim whose words appear nowhere else, reports only the cited source', () => {
    const built = story(`She explained the photos.<Cite source="alpha" quote="the photos are for those who need them" />${GAMMA_CLAIM}`);
    expect(built.claims[1]!.reports).toEqual([{ sourceId: 'gamma', paragraph: 1 }]);
  });

  it('given a claim citing two sources, lists each once, in the order of the sources, whatever the order of the Cites', () => {
    const built = story(`Both said it.<Cite source="beta" quote="The photos are for those who need them" /><Cite source="alpha" quote="She said" />${GAMMA_CLAIM}`);
    expect(built.claims[0]!.reports).toEqual([
      { sourceId: 'alpha', paragraph: 2 },
      { sourceId: 'beta', paragraph: 1 },
    ]);
  });
});
