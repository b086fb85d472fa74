import { storyBook } from '@/lib/book/book';
import { bookSizeLabel } from '@/lib/book/size';
import type { Story } from '@/lib/content/model';
import { HEADING_IDS } from '@/lib/view/anchors';
import { PART_TITLES } from '@/lib/view/labels';
import { bookPath, citationsPath, storyPath } from '@/lib/view/routes';
import { ShowContentNoteAgain } from './ShowContentNoteAgain';

/**
 * What a reader needs now and then, after the account rather than before it:
 * the book, the citations as data for anyone who re-checks them, and the way
 * to see the content note again. Nothing here is hidden; it is simply not
 * between a reader and the story's first words.
 */
export function StoryAbout({ story }: { story: Story }) {
  return (
    <section className="story-about" aria-labelledby={HEADING_IDS.about}>
      <h2 id={HEADING_IDS.about}>{PART_TITLES.about}</h2>
      <ul>
        <li>
          {/* The size of the very bytes the book's route serves, computed when the page is built. */}
          <a href={bookPath(story.slug)} type="application/epub+zip" download>
            {`Download as an e-book (${bookSizeLabel(storyBook(story).length)})`}
          </a>
        </li>
        <li>
          <a href={citationsPath(story.slug)}>Every citation as data (JSON)</a>, for checking them with other tools
        </li>
      </ul>
      <ShowContentNoteAgain slug={story.slug} returnPath={storyPath(story.slug)} />
    </section>
  );
}
