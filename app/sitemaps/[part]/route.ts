import { getStoryListings } from '@/lib/content/store';
import { REVALIDATE_CACHE_CONTROL } from '@/lib/http/cache';
import { STATIC_CONTENT_SECURITY_POLICY } from '@/lib/http/security-headers';
import { sitemapPartPath } from '@/lib/view/routes';
import { siteAddresses, sitemapPartCount, sitemapPartDocument } from '@/lib/view/sitemap';

/** The parts of the sitemap's index, /sitemaps/1.xml, …, prerendered; there are none while one file holds every address. */
export const dynamicParams = false;

const partSegment = (part: number) => sitemapPartPath(part).split('/').at(-1)!;

export const generateStaticParams = () =>
  Array.from({ length: sitemapPartCount(siteAddresses(getStoryListings())) }, (_, i) => ({ part: partSegment(i + 1) }));

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const segment = (await params).part;
  const part = /^[1-9][0-9]*\.xml$/.test(segment) ? Number.parseInt(segment, 10) : 0;
  const document = sitemapPartDocument(siteAddresses(getStoryListings()), part);
  if (document === undefined) return new Response('Not found', { status: 404 });
  return new Response(document, {
    // A data file: nothing may run in it (next.config.mjs gives /sitemap.xml the same policy).
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': REVALIDATE_CACHE_CONTROL, 'Content-Security-Policy': STATIC_CONTENT_SECURITY_POLICY },
  });
}
