/**
 * A claim's note, open in place (a native popover, components/ClaimNotes.tsx),
 * sits over the bottom of the screen. When focus leaves it for another part of
 * the page (Tab past its last link), it closes, so it cannot cover the element
 * that now has focus. Without script it stays until Esc, Close or a click elsewhere.
 */
export function enhanceNotes(notes: HTMLElement) {
  notes.addEventListener('focusout', (event) => {
    const popover = (event.target as Element).closest<HTMLElement>('[popover]');
    const next = event.relatedTarget as Node | null;
    if (popover?.matches(':popover-open') && next && !popover.contains(next)) popover.hidePopover();
  });
}
