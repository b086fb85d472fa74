import type { MetadataRoute } from 'next';
import { getStories } from '@/lib/content/store';
import { lastChanged } from '@/lib/view/dates';
import { storyPath, summaryPath } from '@/lib/view/routes';
import { absoluteUrl } from '@/lib/view/site';

/** The pages search engines may list: the home page, each story (its content note, to a crawler) and its summary. */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl('/') },
    ...getStories().flatMap((story) => {
      const lastModified = lastChanged(story.meta);
      return [
        { url: absoluteUrl(storyPath(story.slug)), lastModified },
        ...(story.summary ? [{ url: absoluteUrl(summaryPath(story.slug)), lastModified }] : []),
      ];
    }),
  ];
}
