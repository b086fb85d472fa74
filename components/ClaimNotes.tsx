import type { Note, Story, StoryDocument } from '@/lib/content/model';
import { HEADING_IDS, hrefTo, markerId, noteId } from '@/lib/view/anchors';
import { backLinkLabel, reportedByText, sourceByline } from '@/lib/view/labels';
import { paragraphPath } from '@/lib/view/routes';
import { claimOf, sourceOf } from '@/lib/view/story-index';

/** A list of links to paragraphs of the archived articles, each named by its source. */
function ParagraphLinks({ story, passages }: { story: Story; passages: readonly { sourceId: string; paragraph: number }[] }) {
  return passages.map((passage, index) => (
    <span key={passage.sourceId}>
      {index > 0 ? ', ' : null}
      <a href={paragraphPath(story.slug, passage.sourceId, passage.paragraph)}>
        {sourceOf(story, passage.sourceId).name}
        <span className="visually-hidden">, paragraph {passage.paragraph}</span>
      </a>
    </span>
  ));
}

function NoteEntry({ story, document, note }: { story: Story; document: StoryDocument; note: Note }) {
  const source = sourceOf(story, note.sourceId);
  return (
    <li id={noteId(note.number)} className="note" tabIndex={-1}>
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
          The same words also appear in: <ParagraphLinks story={story} passages={note.alsoIn} />.
        </p>
      ) : null}
      <ul className="backlinks">
        {note.uses.map((use) => {
          const claim = claimOf(document, use.claim)!;
          return (
            <li key={markerId(use.claim, use.citation)}>
              <a href={hrefTo(markerId(use.claim, use.citation))} role="doc-backlink">
                {backLinkLabel(claim.number)}
              </a>{' '}
              <span className="corroboration">
                ({reportedByText(claim, story).toLowerCase()}: <ParagraphLinks story={story} passages={claim.reports} />)
              </span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** The notes at the end of the account: each cited passage, where it is, and a way back to every use. */
export function NotesList({ story, document = story }: { story: Story; document?: StoryDocument }) {
  return (
    <section className="notes" aria-labelledby={HEADING_IDS.notes}>
      <h2 id={HEADING_IDS.notes}>Notes</h2>
      <p>Each note quotes the passage a claim relies on, in the article&rsquo;s own words.</p>
      <ol className="notes-list">
        {document.notes.map((note) => (
          <NoteEntry key={note.number} story={story} document={document} note={note} />
        ))}
      </ol>
    </section>
  );
}
