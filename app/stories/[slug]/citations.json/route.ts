import { getStory } from '@/lib/content';
import { citationsExport } from '@/lib/citations-export';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const story = getStory((await params).slug);
  if (!story) return Response.json({ error: 'no such story' }, { status: 404 });
  return Response.json(citationsExport(story));
}
