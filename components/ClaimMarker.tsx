import type { Story, StoryDocument } from '@/lib/content/model';
import { hrefTo, markerId, noteId } from '@/lib/view/anchors';
import { markerLabel, reportedByList } from '@/lib/view/labels';
import { claimOf, sourceOf } from '@/lib/view/story-index';

/**
 * A citation marker: a real link to the note, so it works with no script and
 * no CSS; the popover script enhances it. Its name says what it is.
 */
export function CiteMarker({ story, document, claim: claimNumber, citation: index }: { story: Story; document: StoryDocument; claim: number; citation: number }) {
  const claim = claimOf(document, claimNumber);
  const citation = claim?.citations.find((candidate) => candidate.index === index);
  if (!claim || !citation) return null;
  return (
    <a
      id={markerId(claim.number, citation.index)}
      className="cite-marker"
      href={hrefTo(noteId(citation.note))}
      role="doc-noteref"
      aria-label={markerLabel(sourceOf(story, citation.sourceId), citation.note)}
      data-reported={reportedByList(claim, story)}
      data-claim={claim.number}
    >
      {citation.note}
    </a>
  );
}
