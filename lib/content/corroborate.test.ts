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

describe('corroboration of a claim', () => {
  it('given a claim citing one source, when another source holds the same words, reports both with their paragraphs', () => {
    const built = story('She explained the photos.<Cite source="alpha" quote="the photos are for those who need them" />');
    expect(built.claims[0]!.reports).toEqual([
      { sourceId: 'alpha', paragraph: 2 },
      { sourceId: 'beta', paragraph: 1 },
    ]);
  });

  it('given a claim whose words appear nowhere else, reports only the cited source', () => {
    const built = story('Something else.<Cite source="gamma" quote="Nothing relevant here." />');
    expect(built.claims[0]!.reports).toEqual([{ sourceId: 'gamma', paragraph: 1 }]);
  });

  it('given a claim citing two sources, lists each once, in the order of the sources, whatever the order of the Cites', () => {
    const built = story('Both said it.<Cite source="beta" quote="The photos are for those who need them" /><Cite source="alpha" quote="She said" />');
    expect(built.claims[0]!.reports).toEqual([
      { sourceId: 'alpha', paragraph: 2 },
      { sourceId: 'beta', paragraph: 1 },
    ]);
  });
});
