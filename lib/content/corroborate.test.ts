import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import { claimReports } from '@/lib/content/corroborate';

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

describe('claimReports', () => {
  it('given a claim citing one source, when another source holds the same words, reports both with their paragraphs', () => {
    const built = story('She explained the photos.<Cite source="alpha" quote="the photos are for those who need them" />');
    const reports = claimReports(built, built.claims[0]!);
    expect(reports.map((r) => [r.source.id, r.paragraph])).toEqual([
      ['alpha', 2],
      ['beta', 1],
    ]);
    expect(built.claims[0]!.reportedBy).toEqual(['alpha', 'beta']);
  });

  it('given a claim whose words appear nowhere else, reports only the cited source', () => {
    const built = story('Something else.<Cite source="gamma" quote="Nothing relevant here." />');
    expect(claimReports(built, built.claims[0]!).map((r) => r.source.id)).toEqual(['gamma']);
  });
});
