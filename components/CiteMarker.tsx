import { markerLabel, reportedByList } from '@/lib/view/labels';
import type { Story } from '@/lib/content/model';
import { storyIndex } from '@/lib/content/story-index';

/**
 * A citation marker: a real link to the note, so it works with no script and
 * no CSS; the popover script enhances it. Its name says what it is.
 */
export function CiteMarker({ story, markerId }: { story: Story; markerId: string }) {
  const found = storyIndex(story).markers.get(markerId);
  if (!found) return null;
  const { claim, citation, source } = found;
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
