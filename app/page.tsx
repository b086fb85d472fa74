import type { Metadata } from 'next';
import { listPageMetadata, StoryListPage } from '@/components/StoryListPage';
import { getStoryListings } from '@/lib/content/store';
import { listPage } from '@/lib/view/story-list';

/** The first page of the list of stories, newest first; the others are at /page/<n> (app/page/[page]). */
const firstPage = () => listPage(getStoryListings(), 1)!;

export const generateMetadata = (): Metadata => listPageMetadata(firstPage());

export default function HomePage() {
  return <StoryListPage list={firstPage()} />;
}
