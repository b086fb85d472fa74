import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ShowContentNoteAgain } from '@/components/ShowContentNoteAgain';
import { SourceFacts } from '@/components/SourceFacts';
import { getStory, storyParams } from '@/lib/content/store';
import { HEADING_IDS } from '@/lib/view/anchors';
import { pageMetadata } from '@/lib/view/metadata';
import { articleCount } from '@/lib/view/story-index';
import { sourcePath, sourcesPath, storyPath } from '@/lib/view/routes';

type Props = { params: Promise<{ slug: string }> };

// Prerendered for every story at build time; any other address is a 404.
export const generateStaticParams = storyParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  return story
    ? pageMetadata({ path: sourcesPath(story.slug), title: `The articles behind “${story.meta.title}”`, description: `The ${articleCount(story)} news articles this account combines, archived word for word.`, type: 'article' })
    : {};
}

export default async function SourcesPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <a href={storyPath(story.slug)}>{story.meta.title}</a>
          </li>
          <li aria-current="page">The articles</li>
        </ol>
      </nav>
      <h1 id={HEADING_IDS.sources} tabIndex={-1}>
        The articles behind this account
      </h1>
      <p className="lede">
        The account combines {articleCount(story)} news articles. Each is archived here exactly as it was received,
        typing errors included. Where an outlet or address could not be established, it is marked unknown.
      </p>
      <ShowContentNoteAgain slug={story.slug} returnPath={sourcesPath(story.slug)} />
      <ul className="source-list">
        {story.sources.map((source) => (
          <li key={source.id}>
            <h2>
              <a href={sourcePath(story.slug, source.id)}>{source.name}</a>
            </h2>
            <SourceFacts story={story} source={source} />
          </li>
        ))}
      </ul>
    </div>
  );
}
