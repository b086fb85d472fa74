import type { Claim, Story } from '@/lib/content/model';
import { hrefTo, markerId, noteId, notePopoverId } from '@/lib/view/anchors';
import { supportLabel } from '@/lib/view/labels';

/**
 * A claim's one marker, however many articles it cites; its text is its name:
 * how many of the articles report the claim. Two forms of the one marker, and
 * the stylesheet shows exactly one (app/globals.css, "@supports selector(:popover-open)"):
 *  - where the browser has the Popover API, a button that opens the claim's
 *    note over the account (`popovertarget`: no script needed);
 *  - everywhere else, a real link to the note in the notes list, and back.
 * (Not the `hidden` attribute for the button: tools that read the DOM, not
 * the rendering, would then never find it.)
 * The hidden one is out of the accessibility tree, so a screen reader hears
 * one marker per claim. The wrapper carries the claim's id: the note's
 * back-link returns to whichever form is shown.
 */
export function ClaimMarker({ story, claim }: { story: Story; claim: Claim }) {
  const label = supportLabel(claim, story);
  return (
    <span id={markerId(claim)} className="cite">
      <a className="cite-marker" href={hrefTo(noteId(claim))} role="doc-noteref">
        {label}
      </a>
      <button type="button" className="cite-marker" popoverTarget={notePopoverId(claim)}>
        {label}
      </button>
    </span>
  );
}
