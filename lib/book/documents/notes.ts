import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Citation, Claim, Story } from '../../content/model';
import { HEADING_IDS, markerId, noteId, noteLabelId, paragraphId } from '../../view/anchors';
import { backLinkLabel, listSeparator, NOTES_INTRODUCTION, PART_TITLES, sourceByline, supportSentence } from '../../view/labels';
import { passageText, sameWordsElsewhere, sourceOf } from '../../view/story-index';
import { articleFile, BOOK_FILES, linkTo } from '../files';
import { languageOf, type BookDocument } from '../xhtml';

/**
 * One note per claim, as the site's notes list has them, as EPUB endnotes: a
 * section with role doc-endnotes whose items are the targets of the account's
 * noterefs (reading apps pop them up, or jump to them), each with its back link.
 * Each cited article's words keep its language, and link to its paragraph in
 * the article's appendix.
 */

const paragraphLink = (sourceId: string, paragraph: number) => linkTo(articleFile(sourceId), paragraphId(paragraph));

function citedWords(story: Story, citation: Citation): Element {
  const source = sourceOf(story, citation.sourceId);
  return h('li', [
    h('cite', [h('a', { href: paragraphLink(source.id, citation.paragraph) }, `${sourceByline(source)}, paragraph ${citation.paragraph}`)]),
    h('blockquote', languageOf(source.meta.language), [h('p', passageText(story, citation))]),
  ]);
}

function sameWords(story: Story, claim: Claim): Element[] {
  const elsewhere = sameWordsElsewhere(claim);
  if (elsewhere.length === 0) return [];
  const links = elsewhere.flatMap((passage, index) => [
    ...(index === 0 ? [] : [listSeparator(index, elsewhere.length)]),
    h('a', { href: paragraphLink(passage.sourceId, passage.paragraph) }, `${sourceOf(story, passage.sourceId).name}, paragraph ${passage.paragraph}`),
  ]);
  return [h('p', ['The same words are also in ', ...links, '.'])];
}

function note(story: Story, claim: Claim): Element {
  return h('li', { id: noteId(claim), 'epub:type': 'endnote' }, [
    h('p', { id: noteLabelId(claim) }, supportSentence(claim, story)),
    h('ul', claim.citations.map((citation) => citedWords(story, citation))),
    ...sameWords(story, claim),
    h('p', [h('a', { href: linkTo(BOOK_FILES.account, markerId(claim)), role: 'doc-backlink' }, backLinkLabel(claim))]),
  ]);
}

export function notesDocument(story: Story): BookDocument {
  return {
    file: BOOK_FILES.notes,
    title: PART_TITLES.notes,
    body: [
      h('main', [
        h('section', { 'epub:type': 'endnotes', role: 'doc-endnotes', ariaLabelledBy: HEADING_IDS.notes }, [
          h('h1', { id: HEADING_IDS.notes }, PART_TITLES.notes),
          h('p', NOTES_INTRODUCTION),
          h('ol', story.claims.map((claim) => note(story, claim))),
        ]),
      ]),
    ],
  };
}
