import type { Story } from '@/lib/content/model';
import { HEADING_IDS } from '@/lib/view/anchors';
import { formatDate } from '@/lib/view/dates';
import { PART_TITLES } from '@/lib/view/labels';

/** What changed in the account and when, oldest first, so a returning reader can tell whether it is still the one they read. */
export function ChangesLog({ story }: { story: Story }) {
  const changes = story.meta.changes;
  if (!changes) return null;
  return (
    <section className="changes" aria-labelledby={HEADING_IDS.changes}>
      <h2 id={HEADING_IDS.changes}>{PART_TITLES.changes}</h2>
      <ol>
        {changes.map((change) => (
          <li key={`${change.date} ${change.summary}`}>
            <time dateTime={change.date}>{formatDate(change.date)}</time>: {change.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}
