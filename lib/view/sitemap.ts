import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { StoryListing } from '../content/model';
import { lastChanged } from './dates';
import { listPagePath, sitemapPartPath, storyPath, summaryPath } from './routes';
import { absoluteUrl } from './site';
import { pageCount } from './story-list';

/**
 * The sitemap (sitemaps.org 0.9): every page search engines may list. One
 * file while it holds no more addresses than the protocol allows in one; past
 * that, /sitemap.xml is an index of parts at /sitemaps/<n>.xml, each within the limit.
 */

/** Addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_ADDRESSES = 50_000;

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  url: string;
  /** YYYY-MM-DD, when the page last changed. */
  lastModified?: string;
}

/** The pages search engines may list: the list of stories page by page, each story (its content note, to a crawler) and its summary. */
export function siteAddresses(stories: readonly StoryListing[]): SitemapEntry[] {
  const listPages = Array.from({ length: pageCount(stories.length) }, (_, i) => ({ url: absoluteUrl(listPagePath(i + 1)) }));
  return [
    ...listPages,
    ...stories.flatMap((story) => {
      const lastModified = lastChanged(story.meta);
      return [
        { url: absoluteUrl(storyPath(story.slug)), lastModified },
        ...(story.summary ? [{ url: absoluteUrl(summaryPath(story.slug)), lastModified }] : []),
      ];
    }),
  ];
}

/** The entries in parts of at most `limit`, in their order; one part (maybe empty) at least. */
export function sitemapParts(entries: readonly SitemapEntry[], limit = SITEMAP_ADDRESSES): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += limit) parts.push(entries.slice(start, start + limit));
  return parts.length > 0 ? parts : [[]];
}

const xml = (root: ReturnType<typeof x>) => `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(root)}\n`;

const withDate = (name: 'url' | 'sitemap', { url, lastModified }: SitemapEntry) =>
  x(name, [x('loc', url), ...(lastModified ? [x('lastmod', lastModified)] : [])]);

const urlset = (entries: readonly SitemapEntry[]) => xml(x('urlset', { xmlns: NAMESPACE }, entries.map((entry) => withDate('url', entry))));

const newestDate = (entries: readonly SitemapEntry[]) => entries.flatMap((entry) => entry.lastModified ?? []).sort().at(-1);

/** /sitemap.xml: every address when they fit in one file, otherwise the index of the parts. */
export function sitemapDocument(entries: readonly SitemapEntry[], limit = SITEMAP_ADDRESSES): string {
  const parts = sitemapParts(entries, limit);
  if (parts.length === 1) return urlset(parts[0]!);
  const index = parts.map((part, i) => withDate('sitemap', { url: absoluteUrl(sitemapPartPath(i + 1)), lastModified: newestDate(part) }));
  return xml(x('sitemapindex', { xmlns: NAMESPACE }, index));
}

/** How many parts the index lists: none while one file holds every address. */
export const sitemapPartCount = (entries: readonly SitemapEntry[], limit = SITEMAP_ADDRESSES) => {
  const parts = sitemapParts(entries, limit).length;
  return parts === 1 ? 0 : parts;
};

/** Part `part` (from 1) of the index, or undefined when there is no such part. */
export function sitemapPartDocument(entries: readonly SitemapEntry[], part: number, limit = SITEMAP_ADDRESSES): string | undefined {
  if (!Number.isInteger(part) || part < 1 || part > sitemapPartCount(entries, limit)) return undefined;
  return urlset(sitemapParts(entries, limit)[part - 1]!);
}
