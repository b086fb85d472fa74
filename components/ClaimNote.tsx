import { Fragment } from 'react';
import { NOTES } from '@/lib/client/hooks';
import type { Citation, Claim, Story } from '@/lib/content/model';
import { claimId, hrefTo, noteId, paragraphId, passageId } from '@/lib/view/anchors';
import { CLOSE_NOTE, claimOpening, listSeparator, sourceByline, supportSentence } from '@/lib/view/labels';
import { sourcePath } from '@/lib/view/routes';
import { highlightedRunStart, passageText, sameWordsElsewhere, sourceOf } from '@/lib/view/story-index';

/** Where a citation's link lands: the highlighted passage itself, or its paragraph when the account marks none there. */
function passageHref(story: Story, citation: Citation) {
  const start = highlightedRunStart(story, citation);
  const anchor = start === undefined ? paragraphId(citation.paragraph) : passageId(citation.paragraph, start);
  return `${sourcePath(story.slug, citation.sourceId)}${hrefTo(anchor)}`;
}

/** One article's words for the claim: who (the link, to those words in the archived copy), then the words. */
function CitedWords({ story, citation }: { story: Story; citation: Citation }) {
  return (
    <span className="note-source">
      {' '}
      <cite>
        <a href={passageHref(story, citation)}>{`${sourceByline(sourceOf(story, citation.sourceId))}, paragraph ${citation.paragraph}`}</a>
      </cite>
      {': '}
      <q>{passageText(story, citation)}</q>
    </span>
  );
}

function SameWords({ story, claim }: { story: Story; claim: Claim }) {
  const elsewhere = sameWordsElsewhere(claim);
  if (elsewhere.length === 0) return null;
  return (
    <span className="note-source">
      {' The same words are also in '}
      {elsewhere.map((passage, index) => (
        <Fragment key={passage.sourceId}>
          {listSeparator(index, elsewhere.length)}
          <a href={`${sourcePath(story.slug, passage.sourceId)}${hrefTo(paragraphId(passage.paragraph))}`}>{`${sourceOf(story, passage.sourceId).name}, paragraph ${passage.paragraph}`}</a>
        </Fragment>
      ))}
      .
    </span>
  );
}

/**
 * A claim's note, in its place: right after the claim's marker, inside the
 * claim's paragraph, so a screen reader's next line after the marker is the
 * note, and on a phone it opens under the claim, pushing the text down rather
 * than covering it. The stylesheet shows it while it is the page's :target
 * (the marker's link), so it opens with no script; Close goes back to the
 * claim's words. Phrasing elements only, as a paragraph requires; no role and
 * no list, so it is read once, as plain text: the claim's first words and how
 * many articles report it, then each cited article's words.
 */
export function ClaimNote({ story, claim }: { story: Story; claim: Claim }) {
  return (
    <span id={noteId(claim)} className={NOTES.noteClass}>
      <span className="note-claim">{`${claimOpening(claim)} ${supportSentence(claim, story)}`}</span>{' '}
      <a className={NOTES.closeClass} href={hrefTo(claimId(claim))}>
        {CLOSE_NOTE}
      </a>
      {claim.citations.map((citation) => (
        <CitedWords key={citation.index} story={story} citation={citation} />
      ))}
      <SameWords story={story} claim={claim} />
    </span>
  );
}
