import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getStories } from '@/lib/content/store';
import { buildInMemoryStory } from '@/tests/support/fixtures';
import { claimId, markerId, noteId } from '@/lib/view/anchors';
import { StoryBody } from './StoryBody';

/**
 * The check and the page run the same plugins (lib/content/processor.ts); here
 * the page as next-mdx-remote compiles it is held to what the check found:
 * per claim, in the same order, its words, then its one marker, then its note.
 */
const idsOf = (html: string, className: string) => [...html.matchAll(new RegExp(`<[a-z]+ id="([^"]+)" class="${className}"`, 'g'))].map((match) => match[1]);

describe.each(getStories().flatMap((story) => [{ name: `${story.slug}, the story`, story, document: story }, ...(story.summary ? [{ name: `${story.slug}, its summary`, story, document: story.summary }] : [])]))(
  'rendering $name',
  ({ story, document }) => {
    it('gives each claim the check found its words, one marker and one note, with their ids, in the same order', async () => {
      const html = renderToStaticMarkup(await StoryBody({ story, document }));
      expect(document.claims.length).toBeGreaterThan(0);
      expect(idsOf(html, 'claim')).toEqual(document.claims.map(claimId));
      expect(idsOf(html, 'cite-marker')).toEqual(document.claims.map(markerId));
      expect(idsOf(html, 'note')).toEqual(document.claims.map(noteId));
    });

    it('puts each note right after its marker, which links to it', async () => {
      const html = renderToStaticMarkup(await StoryBody({ story, document }));
      for (const claim of document.claims) {
        const marker = new RegExp(`<a id="${markerId(claim)}" class="cite-marker" href="#${noteId(claim)}" role="doc-noteref">[^<]+</a><span id="${noteId(claim)}"`);
        expect(html, claim.id).toMatch(marker);
      }
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
