import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Paragraph, Source, Story } from '../../content/model';
import { HEADING_IDS, markerId, paragraphId } from '../../view/anchors';
import { formatOptionalDate } from '../../view/dates';
import { highlightSegments } from '../../view/highlights';
import { listSeparator, PHOTO_NOT_SHOWN, sourceByline, UNKNOWN_OUTLET } from '../../view/labels';
import { passagesIn } from '../../view/story-index';
import { BOOK_FILES, articleFile, linkTo } from '../files';
import { languageOf, type BookDocument } from '../xhtml';

/**
 * One archived article as an appendix, word for word, as its page on the
 * site has it: each paragraph carries the id the notes link to, the passages
 * claims rest on are marked, and the links back to those claims come after
 * the paragraph, never inside its words.
 */

/** "Supports claim 3 and claim 26", each a link back to the claim's marker in the account. */
function claimLinks(story: Story, source: Source, paragraph: Paragraph): Element[] {
  const claims = [...new Map(passagesIn(story, source.id, paragraph.number).map(({ claim }) => [claim.number, claim])).values()];
  if (claims.length === 0) return [];
  const links = claims.flatMap((claim, index) => [
    ...(index === 0 ? [] : [listSeparator(index, claims.length)]),
    h('a', { href: linkTo(BOOK_FILES.account, markerId(claim)) }, `claim ${claim.number}`),
  ]);
  return [h('p', { className: ['paragraph-claims'] }, ['Supports ', ...links])];
}

function paragraphOf(story: Story, source: Source, paragraph: Paragraph): Element[] {
  const id = paragraphId(paragraph.number);
  if (paragraph.isCaption) {
    return [h('figure', { id, className: ['photo-placeholder'] }, [h('p', h('strong', `${PHOTO_NOT_SHOWN}.`)), h('figcaption', `Caption in the article: ${paragraph.text}`)])];
  }
  const segments = highlightSegments(paragraph.text, passagesIn(story, source.id, paragraph.number));
  return [h('p', { id }, segments.map((segment) => (segment.marked ? h('mark', segment.text) : segment.text))), ...claimLinks(story, source, paragraph)];
}

function heading(source: Source): Element {
  const headline = source.meta.headline ? source.paragraphs[0] : undefined;
  if (!headline) return h('h1', { id: HEADING_IDS.source }, `${source.name}: archived article`);
  return h('h1', { id: HEADING_IDS.source }, h('span', { id: paragraphId(headline.number), ...languageOf(source.meta.language) }, headline.text));
}

export const articleTitle = (source: Source) => `Archived article: ${sourceByline(source)}`;

export function articleDocument(story: Story, source: Source): BookDocument {
  const body = source.meta.headline ? source.paragraphs.slice(1) : source.paragraphs;
  const published = formatOptionalDate(source.meta.published);
  return {
    file: articleFile(source.id),
    title: articleTitle(source),
    body: [
      h('main', [
        h('section', { 'epub:type': 'appendix', role: 'doc-appendix', ariaLabelledBy: HEADING_IDS.source }, [
          h('p', { className: ['kicker'] }, `Archived article · ${source.meta.outlet ?? UNKNOWN_OUTLET} · ${published}`),
          heading(source),
          h('p', 'The text below is kept exactly as it was received, errors included. Marked passages are quoted in the notes; each is followed by links back to the claims that cite it.'),
          h('p', source.meta.url ? ['Original address: ', h('a', { href: source.meta.url }, source.meta.url)] : 'The original address of this article is unknown.'),
          h('div', languageOf(source.meta.language), body.flatMap((paragraph) => paragraphOf(story, source, paragraph))),
        ]),
      ]),
    ],
  };
}
