import { describe, expect, it } from 'vitest';
import { listPage, newestFirst, pageCount, pageLinks, pagePosition } from './story-list';

/** `count` stories, story-000 published on the first day, each later one a day after the one before. */
const stories = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `story-${String(i).padStart(3, '0')}`,
    meta: { published: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) },
  }));
const slugs = (list: readonly { slug: string }[]) => list.map((story) => story.slug);

describe('newestFirst', () => {
  it('orders by publication date, the newest first', () => {
    expect(slugs(newestFirst(stories(3)))).toEqual(['story-002', 'story-001', 'story-000']);
  });

  it('orders stories published the same day by slug', () => {
    const sameDay = ['c', 'a', 'b'].map((slug) => ({ slug, meta: { published: '2026-01-01' } }));
    expect(slugs(newestFirst(sameDay))).toEqual(['a', 'b', 'c']);
  });
});

describe('pageCount', () => {
  it('is one page with no stories, one up to a full page, and one more for each part of a page beyond', () => {
    expect([0, 1, 50, 51, 100, 1000].map((n) => pageCount(n, 50))).toEqual([1, 1, 1, 2, 2, 20]);
  });
});

describe('listPage', () => {
  const all = stories(120);

  it('gives each page at most the page size, the last one the rest', () => {
    expect([1, 2, 3].map((page) => listPage(all, page, 50)!.stories.length)).toEqual([50, 50, 20]);
  });

  it('puts every story on exactly one page, newest first across the pages', () => {
    const paged = [1, 2, 3].flatMap((page) => listPage(all, page, 50)!.stories);
    expect(slugs(paged)).toEqual(slugs(newestFirst(all)));
  });

  it('says which page it is of how many', () => {
    expect(listPage(all, 2, 50)).toMatchObject({ page: 2, pages: 3 });
  });

  it('has no page 0, no page past the last and no fractional page', () => {
    expect([0, 4, 1.5, -1].map((page) => listPage(all, page, 50))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('pageLinks', () => {
  it('links the first and last pages and two on each side of this one', () => {
    expect(pageLinks(10, 20)).toEqual([1, 8, 9, 10, 11, 12, 20]);
  });

  it('links each page once, and none outside the list, near either end', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(20, 20)).toEqual([1, 18, 19, 20]);
  });
});

describe('pagePosition', () => {
  it('reads "Page 2 of 20"', () => {
    expect(pagePosition(2, 20)).toBe('Page 2 of 20');
  });
});
