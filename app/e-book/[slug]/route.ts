import { storyBook } from '@/lib/book/book';
import { EPUB_MEDIA_TYPE } from '@/lib/book/zip';
import { getStory, storyParams } from '@/lib/content/store';
import { GATED_CACHE_CONTROL } from '@/lib/gate/paths';
import { plainResponse } from '@/lib/http/forms';
import { bookFileName } from '@/lib/view/routes';

/**
 * A story's EPUB, written at build time for every story and never from a
 * request. Readers reach it only at /stories/<slug>.epub, through the content
 * note's gate (lib/gate/routing.ts): with the story's note passed they get
 * this, without it the note; a direct request for this route is a 404.
 */
export const dynamic = 'force-static';
export const generateStaticParams = storyParams;
export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const story = getStory((await params).slug);
  if (!story) return plainResponse(404, 'There is no such story.');
  return new Response(storyBook(story), {
    headers: {
      'Content-Type': EPUB_MEDIA_TYPE,
      'Content-Disposition': `attachment; filename="${bookFileName(story.slug)}"`,
      // The same address gives the note or the book, by cookie: as the story's pages, no cache may keep it.
      'Cache-Control': GATED_CACHE_CONTROL,
    },
  });
}
