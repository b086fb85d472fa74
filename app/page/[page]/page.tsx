import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listPageMetadata, StoryListPage } from '@/components/StoryListPage';
import { getStoryListings } from '@/lib/content/store';
import { listPageNumber } from '@/lib/view/routes';
import { listPage, pageCount } from '@/lib/view/story-list';

/** The later pages of the list of stories, each prerendered; any other number is a 404. */
export const dynamicParams = false;

export const generateStaticParams = () =>
  Array.from({ length: pageCount(getStoryListings().length) - 1 }, (_, i) => ({ page: String(i + 2) }));

type Props = { params: Promise<{ page: string }> };

async function pageOf({ params }: Props) {
  const number = listPageNumber((await params).page);
  const list = number === undefined ? undefined : listPage(getStoryListings(), number);
  if (!list) notFound();
  return list;
}

export const generateMetadata = async (props: Props): Promise<Metadata> => listPageMetadata(await pageOf(props));

export default async function ListPage(props: Props) {
  return <StoryListPage list={await pageOf(props)} />;
}
