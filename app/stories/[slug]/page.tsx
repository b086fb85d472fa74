import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/ArticleList';
import { ChangesLog } from '@/components/ChangesLog';
import { ClaimNotes } from '@/components/ClaimNotes';
import { ReadAloud } from '@/components/ReadAloud';
import { StoryContents } from '@/components/StoryContents';
import { ShowContentNoteAgain } from '@/components/ShowContentNoteAgain';
import { StoryBody } from '@/components/StoryBody';
import { StructuredData } from '@/components/StructuredData';
import { storyBook } from '@/lib/book/book';
import { bookSizeLabel } from '@/lib/book/size';
import { SupportResources } from '@/components/SupportResources';
import { getStory, storyParams } from '@/lib/content/store';
import { HEADING_IDS } from '@/lib/view/anchors';
import { formatDate } from '@/lib/view/dates';
import { readingTime } from '@/lib/view/reading-time';
import { articleCount } from '@/lib/view/story-index';
import { pageMetadata } from '@/lib/view/metadata';
import { bookPath, citationsPath, sourcesPath, storyPath, summaryPath } from '@/lib/view/routes';

type Props = { params: Promise<{ slug: string }> };

// Prerendered for every story at build time; any other address is a 404.
export const generateStaticParams = storyParams;
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = getStory((await params).slug);
  return story ? pageMetadata({ path: storyPath(story.slug), title: story.meta.title, description: story.meta.summary, type: 'article' }) : {};
}

export default async function StoryPage({ params }: Props) {
  const story = getStory((await params).slug);
  if (!story) notFound();
  const { meta } = story;
  return (
    <article className="page story" aria-labelledby={HEADING_IDS.story}>
      <StructuredData story={story} />
      <header className="story-header">
        <p className="kicker">Combined account of {articleCount(story)} news articles</p>
        <h1 id={HEADING_IDS.story} tabIndex={-1}>
          {meta.title}
        </h1>
        <p className="lede">{meta.summary}</p>
        <p className="meta">
          Published <time dateTime={meta.published}>{formatDate(meta.published)}</time>
          {meta.updated ? (
            <>
              {' '}· updated <time dateTime={meta.updated}>{formatDate(meta.updated)}</time>
            </>
          ) : null}
          {' '}· {readingTime(story.words)}
        </p>
        <nav aria-label="About this story">
          <ul className="inline-list">
            <li>
              <a href={sourcesPath(story.slug)}>The {articleCount(story)} articles behind this account</a>
            </li>
            {story.summary ? (
              <li>
                <a href={summaryPath(story.slug)}>A short summary, without medical detail</a>
              </li>
            ) : null}
            <li>
              <a href={citationsPath(story.slug)}>Every citation as data (JSON)</a>
            </li>
            <li>
              {/* The size of the very bytes the book's route serves, computed when the page is built. */}
              <a href={bookPath(story.slug)} type="application/epub+zip" download>
                {`Download as an e-book (${bookSizeLabel(storyBook(story).length)})`}
              </a>
            </li>
          </ul>
        </nav>
        <ShowContentNoteAgain slug={story.slug} returnPath={storyPath(story.slug)} />
        <ReadAloud />
      </header>
      <StoryContents story={story} />
      <StoryBody story={story} />
      <SupportResources story={story} />
      <ChangesLog story={story} />
      <ClaimNotes story={story} />
      <ArticleList story={story} />
    </article>
  );
}
