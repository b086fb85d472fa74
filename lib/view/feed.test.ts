import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { Story } from '../content/model';
import { getStory } from '../content/store';
import { FEED_ENTRIES, storiesFeed } from './feed';
import { storyPath } from './routes';
import { absoluteUrl } from './site';

/** `count` stories made from the real one, copy-000 published first, each later one a day after. */
const story = getStory('teigen-pregnancy-loss-essay')!;
const copies = (count: number): Story[] =>
  Array.from({ length: count }, (_, i) => {
    const published = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    return { ...story, slug: `copy-${String(i).padStart(3, '0')}`, meta: { ...story.meta, published, updated: published } };
  });
const entryIds = (xml: string) => parseAtomFeed(xml).entries!.map((entry) => entry.id);
const idOf = (index: number) => absoluteUrl(storyPath(`copy-${String(index).padStart(3, '0')}`));

describe('storiesFeed', () => {
  it(`keeps the ${FEED_ENTRIES} newest stories of more, newest first`, () => {
    const ids = entryIds(storiesFeed(copies(FEED_ENTRIES + 10)));
    expect(ids).toHaveLength(FEED_ENTRIES);
    expect(ids[0]).toBe(idOf(FEED_ENTRIES + 9));
    expect(ids.at(-1)).toBe(idOf(10));
  });

  it('keeps the number of entries it is given', () => {
    expect(entryIds(storiesFeed(copies(5), 2))).toEqual([idOf(4), idOf(3)]);
  });

  it('is updated when the newest of its entries last changed', () => {
    expect(parseAtomFeed(storiesFeed(copies(5), 2)).updated).toBe(new Date('2025-01-05T00:00:00Z').toISOString());
  });
});
