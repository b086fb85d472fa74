import type { Claim } from '@/lib/content/model';
import { hrefTo, markerId, noteId } from '@/lib/view/anchors';
import { supportLabel } from '@/lib/view/labels';

/**
 * A claim's one marker, however many articles it cites: a plain link to the
 * claim's note, which stands right after it (components/ClaimNote.tsx). Its
 * text is its name: how many articles report the claim. A link, not a button
 * that opens a popover: a screen reader reads past a link and can Tab to it
 * without leaving its reading mode (Orca takes an expandable button for a
 * widget and switches to focus mode), and a link works in every browser,
 * with or without script or the Popover API.
 */
export function ClaimMarker({ claim }: { claim: Claim }) {
  return (
    <a id={markerId(claim)} className="cite-marker" href={hrefTo(noteId(claim))} role="doc-noteref">
      {supportLabel(claim)}
    </a>
  );
}
