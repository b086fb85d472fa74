import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getStories } from '@/lib/content/store';
import { buildInMemoryStory } from '@/tests/support/fixtures';
import { markerId } from '@/lib/view/anchors';
import { StoryBody } from './StoryBody';

/**
 * The check and the page run the same plugins (lib/content/processor.ts); here
 * the page as next-mdx-remote compiles it is held to what the check found:
 * one marker per claim, the claim's own id, in the same order.
 */
const markersIn = (html: string) => [...html.matchAll(/<span id="([^"]+)" class="cite">/g)].map((match) => match[1]);

describe.each(getStories().flatMap((story) => [{ name: `${story.slug}, the story`, story, document: story }, ...(story.summary ? [{ name: `${story.slug}, its summary`, story, document: story.summary }] : [])]))(
  'rendering $name',
  ({ story, document }) => {
    it('gives each claim the check found one marker, with its id, in the same order', async () => {
      const html = renderToStaticMarkup(await StoryBody({ story, document }));
      expect(document.claims.length).toBeGreaterThan(0);
      expect(markersIn(html)).toEqual(document.claims.map(markerId));
    });

    it('renders the account’s own words as written: the <Own> marking adds no element a reader or a screen reader meets', async () => {
      const html = renderToStaticMarkup(await StoryBody({ story, document }));
      expect(html).not.toMatch(/<own\b/i);
      if (document.ownSentences > 0) expect(html).toMatch(/How this account was made<\/h2>\s*<p>This account draws on five news articles/);
    });

    it('gives each section heading the id the check derived from its words', async () => {
      const html = renderToStaticMarkup(await StoryBody({ story, document }));
      const headings = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]);
      expect(headings).toEqual(document.sections.map((section) => section.id));
    });
  },
);

describe('rendering an editor’s comment', () => {
  it('shows nothing of it, in a block of its own or inside a paragraph', async () => {
    const { story } = buildInMemoryStory('{/* Block note to editors. */}\n\nA claim.<Cite source="heart" quote="a claim" /> {/* Inline note. */}\n', { heart: 'A claim.' });
    const html = renderToStaticMarkup(await StoryBody({ story: story! }));
    expect(html).toContain('A claim.');
    expect(html).not.toMatch(/note to editors|Inline note|\/\*/i);
  });
});
