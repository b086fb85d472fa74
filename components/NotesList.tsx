import { claimReports } from '@/lib/content/corroborate';
import { backLinkLabel, reportedByText, sourceByline } from '@/lib/view/labels';
import type { Story } from '@/lib/content/model';
import { storyIndex } from '@/lib/content/story-index';
import { paragraphPath } from '@/lib/view/routes';

/** The notes at the end of the account: each cited passage, where it is, and a way back to every use. */
export function NotesList({ story }: { story: Story }) {
  const index = storyIndex(story);
  const sourceOf = (id: string) => index.sourceById.get(id)!;
  const claimOf = (markerId: string) => index.markers.get(markerId)!.claim;
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <p>Each note quotes the passage a claim relies on, in the article&rsquo;s own words.</p>
      <ol className="notes-list">
        {story.notes.map((note) => {
          const source = sourceOf(note.sourceId);
          return (
            <li key={note.id} id={note.id} className="note" tabIndex={-1}>
              <blockquote className="note-quote">
                <p>{note.passage}</p>
              </blockquote>
              <p className="note-source">
                <cite>{sourceByline(source)}</cite>, paragraph {note.paragraph}.{' '}
                <a href={paragraphPath(story.slug, source.id, note.paragraph)} className="note-source-link">
                  Read it in the archived article<span className="visually-hidden">: {source.name}, paragraph {note.paragraph}</span>
                </a>
                {/* On paper a link is only its address: print the original article's. */}
                <span className="print-only url"> Original address: {source.meta.url ?? 'unknown'}.</span>
              </p>
              {note.alsoIn.length > 0 ? (
                <p className="note-also">
                  The same words also appear in:{' '}
                  {note.alsoIn.map((occurrence, index) => (
                    <span key={occurrence.sourceId}>
                      {index > 0 ? ', ' : null}
                      <a href={paragraphPath(story.slug, occurrence.sourceId, occurrence.paragraph)}>
                        {sourceOf(occurrence.sourceId).name}
                        <span className="visually-hidden">, paragraph {occurrence.paragraph}</span>
                      </a>
                    </span>
                  ))}
                  .
                </p>
              ) : null}
              <ul className="backlinks">
                {note.markerIds.map((markerId) => {
                  const claim = claimOf(markerId);
                  return (
                    <li key={markerId}>
                      <a href={`#${markerId}`} role="doc-backlink">
                        {backLinkLabel(claim.number)}
                      </a>{' '}
                      <span className="corroboration">
                        ({reportedByText(claim, story).toLowerCase()}:{' '}
                        {claimReports(story, claim).map((report, index) => (
                          <span key={report.source.id}>
                            {index > 0 ? ', ' : null}
                            <a href={paragraphPath(story.slug, report.source.id, report.paragraph)}>
                              {report.source.name}
                              <span className="visually-hidden">, paragraph {report.paragraph}</span>
                            </a>
                          </span>
                        ))}
                        )
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
