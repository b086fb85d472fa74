import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { ChangesLog } from '@/components/ChangesLog';
import { StoryAbout } from '@/components/StoryAbout';
import { StoryBody } from '@/components/StoryBody';
import { StoryContents } from '@/components/StoryContents';
import { StoryHeader } from '@/components/StoryHeader';
import { StructuredData } from '@/components/StructuredData';
import { SupportResources } from '@/components/SupportResources';
import { getStory, storyParams } from '@/lib/content/store';
import { HEADING_IDS } from '@/lib/view/anchors';
import { pageMetadata } from '@/lib/view/metadata';
import { storyPath } from '@/lib/view/routes';

type Props = { params: Promise<{ slug: string }> };

// Prerendered for every story at build time; any other address is a 404.
export const generateStaticParams = storyParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  return story ? pageMetadata({ path: storyPath(story.slug), title: story.meta.title, description: story.meta.summary, type: 'article' }) : {};
}

/** The account first; what a reader needs now and then (contents, the book, the data) after it. */
export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  return (
    <article className="page story" aria-labelledby={HEADING_IDS.story}>
      <StructuredData story={story} />
      <StoryHeader story={story} />
      <StoryBody story={story} />
      <SupportResources story={story} />
      <ChangesLog story={story} />
      <StoryContents story={story} />
      <StoryAbout story={story} />
      <ArticleList story={story} />
    </article>
  );
}
