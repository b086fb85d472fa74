import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentNote } from '@/components/ContentNote';
import { StructuredData } from '@/components/StructuredData';
import type { StoryListing } from '@/lib/content/model';
import { getStory, renderedStories } from '@/lib/content/store';
import { pageMetadata } from '@/lib/view/metadata';
import { gatedStoryRests, storyPath } from '@/lib/view/routes';

/**
 * The content note, served by the gate's rewrite (lib/gate/routing.ts) in place
 * of any page of a story the reader has not chosen to read yet, at that page's
 * own address. One note per gated page, so each knows where "Continue" returns;
 * any other address here is a 404, and a direct request never gets this far.
 */

type Props = { params: Promise<{ slug: string; rest?: string[] }> };

export const dynamicParams = false;

/** The story's gated pages (STORY_PAGES), as what follows /stories/<slug>: the story, its list of articles, each article. */
const gatedPages = (story: StoryListing) => gatedStoryRests(story.sources.map((source) => source.id));

export function generateStaticParams() {
  return renderedStories().flatMap((story) => gatedPages(story).map((rest) => ({ slug: story.slug, rest })));
}

async function load(params: Props['params']) {
  const { slug, rest = [] } = await params;
  const story = getStory(slug);
  // An address that is no page of the story is a 404 now, not after the reader has chosen.
  if (!story || !gatedPages(story).some((page) => page.join('/') === rest.join('/'))) return undefined;
  return { story, returnPath: [storyPath(story.slug), ...rest].join('/') };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { story, returnPath } = found;
  // This is what a crawler (which has no cookie) finds at the story's address: it may be listed, under
  // the story's title and calm summary. The note in front of the story's other pages is left out.
  return pageMetadata({
    path: returnPath,
    title: `Content note: ${story.meta.title}`,
    description: story.meta.summary,
    type: 'article',
    noindex: returnPath !== storyPath(story.slug),
  });
}

export default async function ContentNotePage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  return (
    <>
      {found.returnPath === storyPath(found.story.slug) ? <StructuredData story={found.story} /> : null}
      <ContentNote story={found.story} returnPath={found.returnPath} />
    </>
  );
}
