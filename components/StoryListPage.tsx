import type { Metadata } from 'next';
import type { StoryListing } from '@/lib/content/model';
import { formatDate } from '@/lib/view/dates';
import { pageMetadata } from '@/lib/view/metadata';
import { listPagePath, storyPath } from '@/lib/view/routes';
import { absoluteUrl } from '@/lib/view/site';
import { pageLinks, pagePosition, type ListPage } from '@/lib/view/story-list';
import { articleCount } from '@/lib/view/story-index';

/** The heading of each page of the list: the home page is "Stories"; a later page says where it is. */
export const listPageTitle = ({ page, pages }: Pick<ListPage<StoryListing>, 'page' | 'pages'>) =>
  page === 1 ? 'Stories' : `Stories, ${pagePosition(page, pages).toLowerCase()}`;

/** Each page's metadata: its own address as canonical, and the head's rel="prev" and rel="next". */
export function listPageMetadata({ page, pages }: Pick<ListPage<StoryListing>, 'page' | 'pages'>): Metadata {
  const title = listPageTitle({ page, pages });
  return {
    ...pageMetadata({ path: listPagePath(page), title, description: 'Calm, readable accounts of news events, where every claim links to the words of the article behind it.' }),
    pagination: {
      previous: page > 1 ? absoluteUrl(listPagePath(page - 1)) : null,
      next: page < pages ? absoluteUrl(listPagePath(page + 1)) : null,
    },
  };
}

function StoryItem({ story }: { story: StoryListing }) {
  return (
    <li>
      <h2>
        <a href={storyPath(story.slug)}>{story.meta.title}</a>
      </h2>
      <p className="meta">
        <time dateTime={story.meta.published}>{formatDate(story.meta.published)}</time> · combined from {articleCount(story)} articles
      </p>
      <p>{story.meta.summary}</p>
      <p className="content-note-summary">
        <strong>Content note:</strong> {story.meta.topics.join('; ')}.
      </p>
    </li>
  );
}

/**
 * Links to the other pages of the list: previous and next (rel, as the head's
 * links), the first and last, and the pages near this one; this one marked
 * aria-current. Only when there is more than one page.
 */
function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages === 1) return null;
  return (
    <nav className="pagination" aria-label="Pages of stories">
      <p>{pagePosition(page, pages)}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={listPagePath(page - 1)} rel="prev">
              Newer stories
            </a>
          </li>
        )}
        {pageLinks(page, pages).map((n) => (
          <li key={n}>
            <a href={listPagePath(n)} aria-label={`Page ${n}`} aria-current={n === page ? 'page' : undefined}>
              {n}
            </a>
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={listPagePath(page + 1)} rel="next">
              Older stories
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** One page of the list of stories, newest first, with the links to the others. */
export function StoryListPage({ list }: { list: ListPage<StoryListing> }) {
  return (
    <div className="page">
      <h1>{listPageTitle(list)}</h1>
      {list.page === 1 && (
        <p className="lede">
          Each story is one calm account combined from several news articles. Every claim links to the exact words of
          the article behind it.
        </p>
      )}
      <ul className="story-list">
        {list.stories.map((story) => (
          <StoryItem key={story.slug} story={story} />
        ))}
      </ul>
      <Pagination page={list.page} pages={list.pages} />
    </div>
  );
}
