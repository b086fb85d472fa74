import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Story } from '@/lib/content/model';
import { getStory } from '@/lib/content/store';
import { listPagePath, listPageNumber, storyPath } from '@/lib/view/routes';
import { listPage, STORIES_PER_PAGE } from '@/lib/view/story-list';
import { listPageMetadata, StoryListPage } from './StoryListPage';

/**
 * The list of stories as the server renders it, over an injected list of more
 * stories than fit on two pages (the real content has one story, and a second
 * build over a fixture would double the browser tests' build): the pages are
 * walked by their rel="next" links, as a crawler or a reader would.
 */
const story = getStory('teigen-pregnancy-loss-essay')!;
const COUNT = 2 * STORIES_PER_PAGE + 20;
const stories: Story[] = Array.from({ length: COUNT }, (_, i) => {
  const published = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
  return { ...story, slug: `copy-${String(i).padStart(3, '0')}`, meta: { ...story.meta, title: `Copy ${i}`, published } };
});

const pageAt = (path: string) => listPage(stories, path === '/' ? 1 : listPageNumber(path.split('/').at(-1)!)!)!;
const render = (path: string) => renderToStaticMarkup(<StoryListPage list={pageAt(path)} />);
const linkWithRel = (html: string, rel: string) => new RegExp(`<a href="([^"]+)" rel="${rel}">`).exec(html)?.[1];
const storyLinks = (html: string) => [...html.matchAll(/<h2><a href="([^"]+)">/g)].map((match) => match[1]!);

describe('the list of stories, paged', () => {
  it('reaches every story once, newest first, following rel="next" from the home page', () => {
    const seen: string[] = [];
    const visited: string[] = [];
    for (let path: string | undefined = '/'; path; path = linkWithRel(render(path), 'next')) {
      visited.push(path);
      seen.push(...storyLinks(render(path)));
    }
    expect(visited).toEqual(['/', listPagePath(2), listPagePath(3)]);
    expect(seen).toEqual([...stories].reverse().map((s) => storyPath(s.slug)));
  });

  it('leads back with rel="prev" from each later page to the one before', () => {
    expect(linkWithRel(render(listPagePath(3)), 'prev')).toBe(listPagePath(2));
    expect(linkWithRel(render(listPagePath(2)), 'prev')).toBe('/');
    expect(linkWithRel(render('/'), 'prev')).toBeUndefined();
  });

  it('says where the reader is in a navigation region of its own, the current page marked', () => {
    const html = render(listPagePath(2));
    expect(html).toContain('<nav class="pagination" aria-label="Pages of stories"><p>Page 2 of 3</p>');
    expect(html).toContain(`<a href="${listPagePath(2)}" aria-label="Page 2" aria-current="page">2</a>`);
    expect(html.match(/aria-current=/g)).toHaveLength(1);
  });

  it("shows each story's title, date, one-line summary and the content note's topics", () => {
    const html = render('/');
    const newest = stories.at(-1)!;
    expect(html).toContain(`<a href="${storyPath(newest.slug)}">${newest.meta.title}</a>`);
    expect(html).toContain(`<time dateTime="${newest.meta.published}">`);
    expect(html).toContain(`<p>${newest.meta.summary}</p>`);
    expect(html).toContain(`<strong>Content note:</strong> ${newest.meta.topics.join('; ')}.`);
  });

  it('shows no pagination when one page holds every story', () => {
    expect(renderToStaticMarkup(<StoryListPage list={listPage(stories.slice(0, 3), 1)!} />)).not.toContain('<nav');
  });

  it("puts the head's rel links on the pages before and after, none past either end", () => {
    expect(listPageMetadata({ page: 1, pages: 3 }).pagination).toEqual({ previous: null, next: expect.stringMatching(/\/page\/2$/) });
    expect(listPageMetadata({ page: 3, pages: 3 }).pagination).toEqual({ previous: expect.stringMatching(/\/page\/2$/), next: null });
  });
});
