import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ClaimsOnlyHere } from '@/components/ClaimsOnlyHere';
import { SourceHeader } from '@/components/SourceHeader';
import { SourceText } from '@/components/SourceText';
import { getStory, sourceParams } from '@/lib/content/store';
import { findSource } from '@/lib/view/story-index';
import { HEADING_IDS } from '@/lib/view/anchors';
import { pageMetadata } from '@/lib/view/metadata';
import { sourcePath, sourcesPath, storyPath } from '@/lib/view/routes';
import { PART_TITLES } from '@/lib/view/labels';

type Props = { params: Promise<{ slug: string; id: string }> };

// Prerendered for every archived article at build time; any other address is a 404.
export const generateStaticParams = sourceParams;
export const dynamicParams = false;

async function load(params: Props['params']) {
  const { slug, id } = await params;
  const story = getStory(slug);
  const source = story && findSource(story, id);
  return story && source ? { story, source } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { story, source } = found;
  // Someone else's article, kept word for word so its quotes can be checked: not for search engines to list.
  return pageMetadata({ path: sourcePath(story.slug, source.id), title: `${source.name}: archived article`, description: `The article by ${source.name} that “${story.meta.title}” quotes, archived word for word.`, type: 'article', noindex: true });
}

export default async function SourcePage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { story, source } = found;
  return (
    <article className="page source" aria-labelledby={HEADING_IDS.source}>
      <Breadcrumbs trail={[{ label: story.meta.title, href: storyPath(story.slug) }, { label: PART_TITLES.articles, href: sourcesPath(story.slug) }, { label: source.name }]} />
      <SourceHeader story={story} source={source} />
      <SourceText story={story} source={source} />
      <ClaimsOnlyHere story={story} source={source} />
    </article>
  );
}
