/**
 * The site's own address, for every absolute URL the reader publishes (the
 * citations export, the feed, the sitemap, canonical links, JSON-LD). Set
 * READER_SITE_URL when building for a real host; pages and files are built
 * once, so no request's Host or X-Forwarded-Host header can change them.
 */
const DEFAULT_SITE_URL = 'http://localhost:3000';

export function siteUrlFrom(value: string | undefined): URL {
  const url = new URL(value && value.trim() !== '' ? value : DEFAULT_SITE_URL);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`READER_SITE_URL must be an http(s) address, not ${url.protocol}`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error('READER_SITE_URL must be the site’s origin alone, e.g. https://reader.example');
  return url;
}

export const SITE_URL = siteUrlFrom(process.env.READER_SITE_URL);

/** The absolute address of a path of this site. */
export const absoluteUrl = (path: string) => new URL(path, SITE_URL).toString();

export const SITE_NAME = 'Reader';

/** What the site is, in one sentence: the pages' default description and the web app manifest's. */
export const SITE_DESCRIPTION = 'Calm, readable accounts of news events, where every claim links to the words of the article behind it.';
