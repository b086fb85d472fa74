import { h } from 'hastscript';
import type { Story } from '../../content/model';
import { HEADING_IDS } from '../../view/anchors';
import { formatDate } from '../../view/dates';
import { PART_TITLES } from '../../view/labels';
import { BOOK_FILES } from '../files';
import type { BookDocument } from '../xhtml';

/** What changed in the account and when, oldest first: a reader can tell which version the book holds. */
export function changesDocument(story: Story): BookDocument | undefined {
  const changes = story.meta.changes;
  if (!changes) return undefined;
  return {
    file: BOOK_FILES.changes,
    title: PART_TITLES.changes,
    body: [
      h('main', [
        h('section', { ariaLabelledBy: HEADING_IDS.changes }, [
          h('h1', { id: HEADING_IDS.changes }, PART_TITLES.changes),
          h('ol', changes.map((change) => h('li', [h('time', { dateTime: change.date }, formatDate(change.date)), `: ${change.summary}`]))),
        ]),
      ]),
    ],
  };
}
