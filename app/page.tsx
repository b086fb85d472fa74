import type { Metadata } from 'next';
import { getStories } from '@/lib/content/store';
import { formatDate } from '@/lib/view/dates';
import { pageMetadata } from '@/lib/view/metadata';
import { storyPath } from '@/lib/view/routes';

export const metadata: Metadata = pageMetadata({
  path: '/',
  title: 'Stories',
  description: 'Calm, readable accounts of news events, where every claim links to the words of the article behind it.',
});

export default function HomePage() {
  const stories = getStories();
  return (
    <div className="page">
      <h1>Stories</h1>
      <p className="lede">
        Each story is one calm account combined from several news articles. Every claim links to the exact words of
        the article behind it.
      </p>
      <ul className="story-list">
        {stories.map((story) => (
          <li key={story.slug}>
            <h2>
              <a href={storyPath(story.slug)}>{story.meta.title}</a>
            </h2>
            <p className="meta">
              <time dateTime={story.meta.published}>{formatDate(story.meta.published)}</time> · combined from{' '}
              {story.sources.length} articles
            </p>
            <p className="content-note-summary">
              <strong>Content note:</strong> {story.meta.topics.join('; ')}.
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
