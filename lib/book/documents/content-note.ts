import { h } from 'hastscript';
import type { Story } from '../../content/model';
import { HEADING_IDS } from '../../view/anchors';
import { CONTENT_NOTE_LEAD, PART_TITLES, SKIPPABLE_PASSAGES } from '../../view/labels';
import { BOOK_FILES } from '../files';
import type { BookDocument } from '../xhtml';
import { supportSection } from './support';

/**
 * The book opens on the story's content note, as the site does: what the
 * story contains, in the same plain words, and where to find support. A book
 * has no choices to post, so it says how to leave instead.
 */
export function contentNoteDocument(story: Story): BookDocument {
  const title = `${PART_TITLES.contentNote}: ${story.meta.title}`;
  return {
    file: BOOK_FILES.contentNote,
    title,
    body: [
      h('main', [
        h('section', { ariaLabelledBy: HEADING_IDS.contentNote }, [
          h('h1', { id: HEADING_IDS.contentNote }, title),
          h('p', CONTENT_NOTE_LEAD),
          h('ul', story.meta.topics.map((topic) => h('li', topic))),
          ...(story.sensitives.length > 0 ? [h('p', SKIPPABLE_PASSAGES)] : []),
          h('p', 'The account starts on the next page. You can close the book here, or go to any part of it from its table of contents.'),
          ...supportSection(story),
        ]),
      ]),
    ],
  };
}
