import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getStories } from '@/lib/content/store';
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

    it('gives each section heading the id the check derived from its words', async () => {
      const html = renderToStaticMarkup(await StoryBody({ story, document }));
      const headings = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1]);
      expect(headings).toEqual(document.sections.map((section) => section.id));
    });
  },
);
