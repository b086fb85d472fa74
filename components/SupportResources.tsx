import type { Story } from '@/lib/content/model';
import { supportHeadingId } from '@/lib/view/anchors';
import { PART_TITLES } from '@/lib/view/labels';

/** Where a reader affected by the story can find support; named before the story and again after it. */
export function SupportResources({ story, headingLevel = 2 }: { story: Story; headingLevel?: 2 | 3 }) {
  if (story.meta.support.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="support" aria-labelledby={supportHeadingId(headingLevel)}>
      <Heading id={supportHeadingId(headingLevel)}>{PART_TITLES.support}</Heading>
      <ul>
        {story.meta.support.map((resource) => (
          <li key={resource.name}>
            {resource.url ? <a href={resource.url}>{resource.name}</a> : <strong>{resource.name}</strong>}
            {resource.description ? <>: {resource.description}</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
