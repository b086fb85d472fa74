import type { Element, ElementContent, Properties, RootContent } from 'hast';
import { h } from 'hastscript';
import { ANNOTATIONS, type Story, type StoryDocument } from '../../content/model';
import { afterSensitiveId, HEADING_IDS, hrefTo, markerId, noteId, supportHeadingId } from '../../view/anchors';
import { formatDate } from '../../view/dates';
import { PART_TITLES, PHOTO_NOT_SHOWN, SENSITIVE_PHOTO_NOTE, sensitiveNote, sensitivePassageName, skipLabel, supportLabel } from '../../view/labels';
import { storyHast } from '../story-hast';
import { articleCount, claimOf } from '../../view/story-index';
import { BOOK_FILES, linkTo } from '../files';
import type { BookDocument } from '../xhtml';
import { supportSection } from './support';

/**
 * The account: the same validated tree the story page renders
 * (lib/book/story-hast.ts), with the story's components as the book's own
 * markup. A claim's marker is an EPUB noteref to its note in the notes
 * document, which a reading app can pop up; no popover attributes, no script.
 */

const text = (properties: Properties, name: string) => String(properties[name] ?? '');

/** A claim's one marker, at the first Cite of its run (the rest of the run renders nothing), as on the page. */
function noteRef(story: Story, document: StoryDocument, properties: Properties): ElementContent[] {
  const claim = claimOf(document, Number(properties[ANNOTATIONS.claim]));
  if (!claim || text(properties, ANNOTATIONS.citation) !== '1') return [];
  const link = h('a', { id: markerId(claim), href: linkTo(BOOK_FILES.notes, noteId(claim)), 'epub:type': 'noteref', role: 'doc-noteref', className: ['noteref'] }, supportLabel(claim));
  return [{ type: 'text', value: ' ' }, link];
}

/** A photograph we do not reproduce: its description as text, and its caption with the credit. */
function figure(properties: Properties): Element {
  const credit = text(properties, 'credit');
  return h('figure', { className: ['photo-placeholder'] }, [
    ...(properties.sensitive ? [h('p', { className: ['section-note'] }, SENSITIVE_PHOTO_NOTE)] : []),
    h('p', [h('strong', `${PHOTO_NOT_SHOWN}.`), ` ${text(properties, 'alt')}`]),
    h('figcaption', [text(properties, 'caption'), ...(credit ? [' ', h('span', { className: ['credit'] }, credit)] : [])]),
  ]);
}

/** A passage with its own short note and a link past it, as on the page. */
function sensitivePassage(properties: Properties, children: ElementContent[]): ElementContent[] {
  const topic = text(properties, 'topic');
  const endId = afterSensitiveId(Number(properties[ANNOTATIONS.passage]));
  return [
    h('div', { role: 'group', ariaLabel: sensitivePassageName(topic) }, [
      h('p', { className: ['section-note'] }, [`${sensitiveNote(topic)} `, h('a', { href: hrefTo(endId) }, skipLabel(topic))]),
      ...children,
    ]),
    h('span', { id: endId }),
  ];
}

function renderNodes(story: Story, document: StoryDocument, nodes: readonly RootContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return node.type === 'text' ? [node] : [];
    const children = () => renderNodes(story, document, node.children);
    switch (node.tagName) {
      case 'Cite':
        return noteRef(story, document, node.properties);
      case 'Figure':
        return [figure(node.properties)];
      case 'Sensitive':
        return sensitivePassage(node.properties, children());
      case 'Own':
        return children();
      default:
        return [{ ...node, children: children() }];
    }
  });
}

function header(story: Story): Element {
  const { meta } = story;
  const dates = [`Published ${formatDate(meta.published)}`, ...(meta.updated ? [`updated ${formatDate(meta.updated)}`] : [])];
  return h('header', [
    h('p', { className: ['kicker'] }, `Combined account of ${articleCount(story)} news articles`),
    h('h1', { id: HEADING_IDS.story }, meta.title),
    h('p', meta.summary),
    h('p', { className: ['meta'] }, dates.join(' · ')),
  ]);
}

export function accountDocument(story: Story): BookDocument {
  const support = story.meta.support.length > 0 ? [{ id: supportHeadingId(2), title: PART_TITLES.support }] : [];
  return {
    file: BOOK_FILES.account,
    title: story.meta.title,
    sections: [...story.sections, ...support],
    body: [
      h('main', [
        h('article', { ariaLabelledBy: HEADING_IDS.story }, [header(story), ...renderNodes(story, story, storyHast(story).children), ...supportSection(story)]),
      ]),
    ],
  };
}
