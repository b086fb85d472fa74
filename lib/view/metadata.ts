import type { Metadata } from 'next';
import { FEED_PATH } from './routes';
import { SITE_NAME, SITE_URL } from './site';

/**
 * What every page tells crawlers and link previews: its canonical address,
 * OpenGraph, and the feed. Next merges metadata shallowly, so a page that set
 * its own `openGraph` or `alternates` would drop the layout's: every page
 * builds them here instead.
 */

export const FEED_TITLE = `${SITE_NAME}: stories`;

/** Shared by the layout, so a page without metadata of its own still links the feed. */
export const SITE_METADATA: Metadata = {
  metadataBase: SITE_URL,
  alternates: { types: { 'application/atom+xml': [{ url: FEED_PATH, title: FEED_TITLE }] } },
};

interface PageFacts {
  /** The address search engines should list this page under. */
  path: string;
  title: string;
  description: string;
  /** `article` for a story and its parts; `website` for the rest. */
  type?: 'article' | 'website';
  /** When search engines should leave the page out of their results (but still follow its links). */
  noindex?: boolean;
}

export function pageMetadata({ path, title, description, type = 'website', noindex = false }: PageFacts): Metadata {
  return {
    title,
    description,
    alternates: { ...SITE_METADATA.alternates, canonical: path },
    openGraph: { type, url: path, title, description, siteName: SITE_NAME, locale: 'en_GB' },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
