import { afterEach, describe, expect, it } from 'vitest';
import { getStory, getStoryListings, ONLY_STORY_ENV, renderedStories } from './store';

const SLUG = 'teigen-pregnancy-loss-essay';

describe('getStoryListings', () => {
  it('gives each story the frontmatter, source ids and summary its full build has', () => {
    const story = getStory(SLUG)!;
    const listing = getStoryListings().find(({ slug }) => slug === SLUG)!;
    expect(listing.meta).toEqual(story.meta);
    expect(listing.sources.map(({ id }) => id)).toEqual(story.sources.map(({ id }) => id));
    expect(Boolean(listing.summary)).toBe(Boolean(story.summary));
  });
});

describe('renderedStories', () => {
  afterEach(() => {
    delete process.env[ONLY_STORY_ENV];
  });

  it('is every story, or only the one a one-story build names', () => {
    expect(renderedStories().map(({ slug }) => slug)).toEqual(getStoryListings().map(({ slug }) => slug));
    process.env[ONLY_STORY_ENV] = SLUG;
    expect(renderedStories().map(({ slug }) => slug)).toEqual([SLUG]);
  });

  it('refuses a one-story build of a story that is not there', () => {
    process.env[ONLY_STORY_ENV] = 'no-such-story';
    expect(() => renderedStories()).toThrow(/names no story: "no-such-story"/);
  });
});
