import { generateAtomFeed } from 'feedsmith';
import type { StoryListing } from '../content/model';
import { lastChanged, startOfDay } from './dates';
import { FEED_TITLE } from './metadata';
import { FEED_PATH, storyPath } from './routes';
import { absoluteUrl, SITE_NAME } from './site';
import { newestFirst } from './story-list';

/**
 * The Atom feed of the newest stories (RFC 4287): title, address, calm summary,
 * topics, published and last changed. Never the story's text: a feed reader
 * has no content note, so the feed says only what the note says.
 */

/** Stories in the feed, the newest published: a reader polls it often, and the home page lists the rest. */
export const FEED_ENTRIES = 50;

function entry(story: StoryListing) {
  const url = absoluteUrl(storyPath(story.slug));
  return {
    id: url,
    title: { value: story.meta.title },
    links: [{ href: url, rel: 'alternate', type: 'text/html' }],
    summary: { value: `${story.meta.summary} Content note: ${story.meta.topics.join('; ')}.` },
    categories: story.meta.topics.map((topic) => ({ term: topic })),
    published: startOfDay(story.meta.published),
    updated: startOfDay(lastChanged(story.meta)),
  };
}

export function storiesFeed(stories: readonly StoryListing[], entries = FEED_ENTRIES): string {
  const kept = newestFirst(stories).slice(0, entries);
  const newest = kept.map((story) => lastChanged(story.meta)).sort().at(-1);
  return generateAtomFeed({
    id: absoluteUrl('/'),
    title: { value: FEED_TITLE },
    subtitle: { value: 'Calm, readable accounts of news events, where every claim links to the words of the article behind it.' },
    links: [
      { href: absoluteUrl(FEED_PATH), rel: 'self', type: 'application/atom+xml' },
      { href: absoluteUrl('/'), rel: 'alternate', type: 'text/html' },
    ],
    authors: [{ name: SITE_NAME, uri: absoluteUrl('/') }],
    updated: startOfDay(newest ?? '1970-01-01'),
    entries: kept.map(entry),
  });
}
