import { NOTES } from './hooks';

/**
 * A claim's note opens as the page's :target (components/ClaimNote.tsx) and
 * closes by its Close link, with no script. This adds the key a reader expects
 * of anything that opened: Escape closes the open note the way Close does,
 * returning to the claim's words. A key listener only: a click listener would
 * make Chromium expose every element under it as "clickable", which a screen
 * reader then says after each line. On the document, not the account:
 * following a marker (or clicking one) leaves nothing focused, since the note
 * takes no focus, so the Escape a reader presses next reaches <body> and never
 * the account.
 */
export function enhanceNotes(account: HTMLElement) {
  account.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const close = account.querySelector<HTMLAnchorElement>(`.${NOTES.noteClass}:target .${NOTES.closeClass}`);
    if (!close) return;
    event.preventDefault();
    close.click();
  });
}
