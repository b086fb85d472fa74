import { getStory } from '@/lib/content/store';
import { citationsExport } from '@/lib/view/citations-export';

/**
 * The same for every reader (no cookie changes it, the content note does not
 * gate it) and fixed until the next deployment: any cache may keep it a while.
 */
const PUBLIC_CACHE = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const story = getStory((await params).slug);
  if (!story) return Response.json({ error: 'no such story' }, { status: 404 });
  return Response.json(citationsExport(story), { headers: { 'Cache-Control': PUBLIC_CACHE } });
}
