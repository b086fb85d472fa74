import { getStory, storyParams } from '@/lib/content/store';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache';
import { citationsExport } from '@/lib/view/citations-export';

/**
 * The same for every reader (no cookie changes it, the content note does not
 * gate it) and fixed until the next deployment: written at build time, and any
 * cache may keep it a while.
 */
export const dynamic = 'force-static';
export const generateStaticParams = storyParams;
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const story = getStory((await params).slug);
  if (!story) return Response.json({ error: 'no such story' }, { status: 404 });
  return Response.json(citationsExport(story), { headers: { 'Cache-Control': PUBLIC_CACHE_CONTROL } });
}
