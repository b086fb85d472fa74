import { getStoryListings } from '@/lib/content/store';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache';
import { storiesFeed } from '@/lib/view/feed';

// Written at build time, the same for every reader until the next deployment.
export const dynamic = 'force-static';

export function GET() {
  return new Response(storiesFeed(getStoryListings()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL },
  });
}
