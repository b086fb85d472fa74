import { ENHANCE_ATTRIBUTE, NOTES } from '@/lib/client/hooks';
import type { Citation, Claim, Story, StoryDocument } from '@/lib/content/model';
import { HEADING_IDS, hrefTo, markerId, noteId, noteLabelId, notePopoverId } from '@/lib/view/anchors';
import { backLinkLabel, listSeparator, NOTES_INTRODUCTION, PART_TITLES, sourceByline, supportSentence } from '@/lib/view/labels';
import { paragraphPath } from '@/lib/view/routes';
import { passageText, sameWordsElsewhere, sourceOf } from '@/lib/view/story-index';

/**
 * One article's words for the claim: who, where their words stand in the
 * archived copy (the link names both), and the words themselves. Plain
 * elements, styled by their place in the note: the notes are most of the page.
 */
function CitedWords({ story, citation }: { story: Story; citation: Citation }) {
  const source = sourceOf(story, citation.sourceId);
  return (
    <li>
      <cite>
        <a href={paragraphPath(story.slug, source.id, citation.paragraph)}>{`${sourceByline(source)}, paragraph ${citation.paragraph}`}</a>
      </cite>
      <blockquote>
        <p>{passageText(story, citation)}</p>
      </blockquote>
    </li>
  );
}

function SameWords({ story, claim }: { story: Story; claim: Claim }) {
  const elsewhere = sameWordsElsewhere(claim);
  if (elsewhere.length === 0) return null;
  return (
    <p>
      The same words are also in{' '}
      {elsewhere.map((passage, index) => (
        <span key={passage.sourceId}>
          {listSeparator(index, elsewhere.length)}
          <a href={paragraphPath(story.slug, passage.sourceId, passage.paragraph)}>{`${sourceOf(story, passage.sourceId).name}, paragraph ${passage.paragraph}`}</a>
        </span>
      ))}
      .
    </p>
  );
}

/**
 * A claim's note: how many articles report it, every cited article's own words,
 * and the way back. In the notes list it reads in place; where the browser has
 * the Popover API, the same element also pops over the account when the
 * claim's marker button opens it (one copy of every note, not two), as a
 * labelled group with a Close button, where the back link has no use.
 */
function ClaimNote({ story, claim }: { story: Story; claim: Claim }) {
  return (
    <li id={noteId(claim)} className="note" tabIndex={-1}>
      <div id={notePopoverId(claim)} className="note-popover" popover="auto" role="group" aria-labelledby={noteLabelId(claim)}>
        <p id={noteLabelId(claim)}>{supportSentence(claim, story)}</p>
        <ul>
          {claim.citations.map((citation) => (
            <CitedWords key={citation.index} story={story} citation={citation} />
          ))}
        </ul>
        <SameWords story={story} claim={claim} />
        <a href={hrefTo(markerId(claim))} role="doc-backlink">
          {backLinkLabel(claim)}
        </a>
        <button type="button" className="button" popoverTarget={notePopoverId(claim)} popoverTargetAction="hide">
          Close
        </button>
      </div>
    </li>
  );
}

/** The notes at the end of the account: one per claim, in the order of the claims. */
export function ClaimNotes({ story, document = story }: { story: Story; document?: StoryDocument }) {
  return (
    <section className="notes" aria-labelledby={HEADING_IDS.notes} {...{ [ENHANCE_ATTRIBUTE]: NOTES.enhance }}>
      <h2 id={HEADING_IDS.notes}>{PART_TITLES.notes}</h2>
      <p>{NOTES_INTRODUCTION}</p>
      <ol className="notes-list">
        {document.claims.map((claim) => (
          <ClaimNote key={claim.id} story={story} claim={claim} />
        ))}
      </ol>
    </section>
  );
}
