import type { Story } from '@/lib/content/model';
import { HEADING_IDS, hrefTo, sectionId, supportHeadingId } from '@/lib/view/anchors';
import { CONTENTS_NAVIGATION, PART_TITLES } from '@/lib/view/labels';

/** The page's own sections after the account, each with the heading it links to. */
const pageSections = (story: Story) => [
  ...(story.meta.support.length > 0 ? [{ id: supportHeadingId(2), title: PART_TITLES.support }] : []),
  ...(story.meta.changes ? [{ id: HEADING_IDS.changes, title: PART_TITLES.changes }] : []),
  { id: HEADING_IDS.about, title: PART_TITLES.about },
  { id: HEADING_IDS.articles, title: PART_TITLES.articles },
];

/**
 * The story's contents, as Wikipedia gives them: every section, each a link to
 * its heading. Plain links, no script. After the account, reached from the
 * header's "Contents" link: at the top it pushed the account's first words off
 * a phone's first screen, and a screen reader moves by headings anyway.
 */
export function StoryContents({ story }: { story: Story }) {
  const sections = [...story.sections.map((section) => ({ id: sectionId(section), title: section.title })), ...pageSections(story)];
  return (
    // Named apart from its heading: Orca says a navigation's name as the reader enters it, then the heading; one name for both was "Contents, Contents".
    <nav className="contents" aria-label={CONTENTS_NAVIGATION}>
      <h2 id={HEADING_IDS.contents}>{PART_TITLES.contents}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={hrefTo(section.id)}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
