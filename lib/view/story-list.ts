import type { Story } from '../content/model';

/**
 * The list of stories readers browse, on the home page and its later pages, and
 * the order the feed takes its newest from: newest first.
 */

/** Stories on one page of the list, at most: a screen's worth of headings to move through, not a thousand. */
export const STORIES_PER_PAGE = 50;

/** What ordering needs of a story. */
type Dated = Pick<Story, 'slug'> & { meta: Pick<Story['meta'], 'published'> };

/** Newest publication first; stories published the same day by slug, so the order never depends on the disk. */
export const newestFirst = <T extends Dated>(stories: readonly T[]): T[] =>
  [...stories].sort((a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug));

/** How many pages the list takes: one at least, so the home page exists with no stories yet. */
export const pageCount = (stories: number, perPage = STORIES_PER_PAGE) => Math.max(1, Math.ceil(stories / perPage));

export interface ListPage<T> {
  /** This page's stories, newest first. */
  stories: T[];
  /** Its number, from 1. */
  page: number;
  pages: number;
}

/** Page `page` (from 1) of the stories, newest first; undefined for a page that does not exist. */
export function listPage<T extends Dated>(stories: readonly T[], page: number, perPage = STORIES_PER_PAGE): ListPage<T> | undefined {
  const pages = pageCount(stories.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { stories: newestFirst(stories).slice((page - 1) * perPage, page * perPage), page, pages };
}

/** The page numbers the pagination links to: the first and last, and two on each side of this one. */
export function pageLinks(page: number, pages: number): number[] {
  const near = Array.from({ length: 5 }, (_, i) => page - 2 + i);
  return [...new Set([1, ...near, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
}

/** "Page 2 of 20": where a reader is in the list, in the pagination and the later pages' titles. */
export const pagePosition = (page: number, pages: number) => `Page ${page} of ${pages}`;
