import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ContentNote } from '@/components/ContentNote';
import { getStory } from '@/lib/content/store';
import { findSource } from '@/lib/view/story-index';
import { GATED_PATH_HEADER, safeReturnPath, storySubpath } from '@/lib/gate/paths';

/**
 * The content note, served by proxy.ts in place of any page of a story the reader
 * has not chosen to read yet, at that page's own URL. Only reachable through the
 * proxy's rewrite: a direct visit to /content-note/<slug> is a 404.
 */

// Depends on the request (the gated path) and must never be prerendered or shared.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const story = getStory((await params).slug);
  const gatedPath = (await headers()).get(GATED_PATH_HEADER);
  if (!story || gatedPath === null) return undefined;
  // An address that cannot be a page of the story (an encoded slash, "..", a source that
  // does not exist) is a 404 now rather than after the reader has chosen.
  const returnPath = safeReturnPath(story.slug, gatedPath);
  if (returnPath !== gatedPath) return undefined;
  const [section, id, ...deeper] = storySubpath(story.slug, returnPath);
  if (section === 'sources' && ((id !== undefined && !findSource(story, id)) || deeper.length > 0)) return undefined;
  return { story, returnPath };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found
    ? {
        title: `Content note: ${found.story.meta.title}`,
        description: 'What this story contains, and your choices before reading it.',
        robots: { index: false },
      }
    : {};
}

export default async function ContentNotePage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return <ContentNote story={found.story} returnPath={found.returnPath} />;
}
