import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { StoryBody } from '@/components/StoryBody';
import { SupportResources } from '@/components/SupportResources';
import { getStory, summaryParams } from '@/lib/content/store';
import { HEADING_IDS } from '@/lib/view/anchors';
import { pageMetadata } from '@/lib/view/metadata';
import { storyPath, summaryPath } from '@/lib/view/routes';

/**
 * The short summary the content note offers instead of the story: gentle,
 * cited, with no medical detail (the pipeline refuses it). It is the
 * alternative to the story, so the gate (lib/gate/routing.ts) leaves it open.
 */

type Props = { params: Promise<{ slug: string }> };

// Prerendered for every story with a summary at build time; any other address is a 404.
export const generateStaticParams = summaryParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  return story?.summary
    ? pageMetadata({ path: summaryPath(story.slug), title: `A short summary: ${story.meta.title}`, description: 'A short, cited summary of the story, without medical detail.', type: 'article' })
    : {};
}

export default async function SummaryPage({ params }: Props) {
  const story = getStory((await params).slug);
  const summary = story?.summary;
  if (!story || !summary) notFound();
  return (
    <article className="page story summary" aria-labelledby={HEADING_IDS.summary}>
      <header className="story-header">
        <p className="kicker">A short summary, without medical detail</p>
        <h1 id={HEADING_IDS.summary}>
          {story.meta.title}: a short summary
        </h1>
        <p className="lede">
          This summary leaves out the medical details and the descriptions of photographs. Every sentence links to
          the words of the article behind it.
        </p>
      </header>
      <StoryBody story={story} document={summary} />
      <nav aria-label="After the summary" className="summary-next">
        <ul className="inline-list">
          <li>
            <a href={storyPath(story.slug)}>Read the full story</a>
          </li>
          <li>
            <a href="/">Back to all stories</a>
          </li>
        </ul>
      </nav>
      <SupportResources story={story} />
      <ArticleList story={story} />
    </article>
  );
}
