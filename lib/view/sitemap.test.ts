import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getStory } from '../content/store';
import { listPagePath, sitemapPartPath, storyPath, summaryPath } from './routes';
import { siteAddresses, sitemapDocument, sitemapPartCount, sitemapPartDocument, type SitemapEntry } from './sitemap';
import { absoluteUrl } from './site';
import { STORIES_PER_PAGE } from './story-list';

const entries = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, i) => ({ url: `https://example.org/${i}`, lastModified: `2026-01-${String(i + 1).padStart(2, '0')}` }));
const parse = (xml: string) => new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml);
const locs = (xml: string) => (parse(xml).urlset.url as { loc: string }[]).map((url) => url.loc);

describe('the sitemap, split at an injected limit of 3 addresses', () => {
  const all = entries(7);

  it('is one file of every address while they fit in one', () => {
    const xml = sitemapDocument(all.slice(0, 3), 3);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(locs(xml)).toEqual(all.slice(0, 3).map((entry) => entry.url));
    expect(sitemapPartCount(all.slice(0, 3), 3)).toBe(0);
  });

  it('past the limit, is an index of parts, each dated by its newest address', () => {
    const xml = sitemapDocument(all, 3);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parse(xml).sitemapindex.sitemap).toEqual([
      { loc: absoluteUrl(sitemapPartPath(1)), lastmod: '2026-01-03' },
      { loc: absoluteUrl(sitemapPartPath(2)), lastmod: '2026-01-06' },
      { loc: absoluteUrl(sitemapPartPath(3)), lastmod: '2026-01-07' },
    ]);
  });

  it('gives each part at most the limit, and every address in exactly one part, in order', () => {
    const parts = [1, 2, 3].map((part) => locs(sitemapPartDocument(all, part, 3)!));
    expect(parts.map((part) => part.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(all.map((entry) => entry.url));
  });

  it('has no part 0 and none past the last, nor any while one file holds everything', () => {
    expect([0, 4].map((part) => sitemapPartDocument(all, part, 3))).toEqual([undefined, undefined]);
    expect(sitemapPartDocument(all.slice(0, 3), 1, 3)).toBeUndefined();
  });
});

describe('siteAddresses', () => {
  const story = getStory('teigen-pregnancy-loss-essay')!;
  const stories = Array.from({ length: STORIES_PER_PAGE + 1 }, (_, i) => ({ ...story, slug: `copy-${i}` }));

  it('lists every page of the list of stories, then each story and its summary', () => {
    const urls = siteAddresses(stories).map((entry) => entry.url);
    expect(urls.slice(0, 2)).toEqual([absoluteUrl(listPagePath(1)), absoluteUrl(listPagePath(2))]);
    expect(urls.slice(2)).toEqual(stories.flatMap((s) => [absoluteUrl(storyPath(s.slug)), absoluteUrl(summaryPath(s.slug))]));
  });
});
