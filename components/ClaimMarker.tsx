import type { Claim, Story } from '@/lib/content/model';
import { hrefTo, markerId, noteId } from '@/lib/view/anchors';
import { supportLabel } from '@/lib/view/labels';

/**
 * A claim's one marker, however many articles it cites: a real link to the
 * claim's note, so it works with no script and no CSS (the popover script
 * enhances it). Its text is its name: how many of the articles report the claim.
 */
export function ClaimMarker({ story, claim }: { story: Story; claim: Claim }) {
  return (
    <a id={markerId(claim)} className="cite-marker" href={hrefTo(noteId(claim))} role="doc-noteref">
      {supportLabel(claim, story)}
    </a>
  );
}
