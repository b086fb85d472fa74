import type { Story } from '@/lib/content/model';
import { HEADING_IDS, hrefTo, sectionId, supportHeadingId } from '@/lib/view/anchors';
import { SUPPORT_HEADING } from './SupportResources';

/** The page's own sections after the account, each with the heading it links to. */
const pageSections = (story: Story) => [
  ...(story.meta.support.length > 0 ? [{ id: supportHeadingId(2), title: SUPPORT_HEADING }] : []),
  ...(story.meta.changes ? [{ id: HEADING_IDS.changes, title: 'Changes to this account' }] : []),
  { id: HEADING_IDS.notes, title: 'Notes' },
  { id: HEADING_IDS.articles, title: 'The articles' },
];

/** The story's contents, as Wikipedia gives them: every section, each a link to its heading. Plain links, no script. */
export function StoryContents({ story }: { story: Story }) {
  const sections = [...story.sections.map((section) => ({ id: sectionId(section), title: section.title })), ...pageSections(story)];
  return (
    <nav className="contents" aria-labelledby={HEADING_IDS.contents}>
      <h2 id={HEADING_IDS.contents}>Contents</h2>
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
