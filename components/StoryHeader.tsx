import type { Story } from '@/lib/content/model';
import { HEADING_IDS, hrefTo } from '@/lib/view/anchors';
import { formatDate } from '@/lib/view/dates';
import { PART_TITLES } from '@/lib/view/labels';
import { articleCount } from '@/lib/view/story-index';
import { readingTime } from '@/lib/view/reading-time';
import { sourcesPath, summaryPath } from '@/lib/view/routes';
import { ReadAloud } from './ReadAloud';

/**
 * What stands between the title and the account, kept to what a reader needs
 * before the first sentence, so that on a phone the account starts on the
 * first screen: the title, the calm summary, the dates and reading time, and
 * a row of links (the contents, the articles, the gentle summary). How many
 * articles the account combines is said by the line that explains the
 * markers, just before the account (components/StoryBody.tsx).
 */
export function StoryHeader({ story }: { story: Story }) {
  const { meta } = story;
  return (
    <header className="story-header">
      <h1 id={HEADING_IDS.story}>
        {meta.title}
      </h1>
      <p className="lede">{meta.summary}</p>
      <p className="meta">
        Published <time dateTime={meta.published}>{formatDate(meta.published)}</time>
        {meta.updated ? (
          <>
            {' · updated '}
            <time dateTime={meta.updated}>{formatDate(meta.updated)}</time>
          </>
        ) : null}
        {` · ${readingTime(story.words)}`}
      </p>
      <div className="story-tools">
        <ReadAloud />
        <nav aria-label="About this story">
          <ul className="inline-list">
            <li>
              <a href={hrefTo(HEADING_IDS.contents)}>{PART_TITLES.contents}</a>
            </li>
            <li>
              <a href={sourcesPath(story.slug)}>{`The ${articleCount(story)} articles`}</a>
            </li>
            {story.summary ? (
              <li>
                <a href={summaryPath(story.slug)}>Summary without medical detail</a>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  );
}
