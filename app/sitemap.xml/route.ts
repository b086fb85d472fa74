import { getStoryListings } from '@/lib/content/store';
import { REVALIDATE_CACHE_CONTROL } from '@/lib/http/cache';
import { siteAddresses, sitemapDocument } from '@/lib/view/sitemap';

// Written at build time, the same for every reader until the next deployment.
export const dynamic = 'force-static';

/** Every page search engines may list, or past one file's worth the index of the parts (app/sitemaps/[part]). */
export function GET() {
  return new Response(sitemapDocument(siteAddresses(getStoryListings())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': REVALIDATE_CACHE_CONTROL },
  });
}
