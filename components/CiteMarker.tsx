import { markerLabel, reportedByList } from '@/lib/labels';
import type { Story } from '@/lib/model';

/**
 * A citation marker: a real link to the note, so it works with no script and
 * no CSS; the popover script enhances it. Its name says what it is.
 */
export function CiteMarker({ story, markerId }: { story: Story; markerId: string }) {
  const claim = story.claims.find((candidate) => candidate.citations.some((c) => c.markerId === markerId));
  const citation = claim?.citations.find((c) => c.markerId === markerId);
  const source = citation && story.sources.find((s) => s.id === citation.sourceId);
  if (!claim || !citation || !source) return null;
  return (
    <a
      id={markerId}
      className="cite-marker"
      href={`#note-${citation.noteNumber}`}
      role="doc-noteref"
      aria-label={markerLabel(source, citation.noteNumber)}
      data-reported={reportedByList(claim, story)}
      data-claim={claim.number}
    >
      {citation.noteNumber}
    </a>
  );
}
