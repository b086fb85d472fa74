'use client';

import { useEffect } from 'react';

const POPOVER_ID = 'cite-popover';

/**
 * Enhancement only: where the browser supports the native popover, a click,
 * tap or Enter on a claim's marker shows its note in place (every article's
 * words for the claim) instead of jumping to the notes. Esc (native) closes it and focus returns to the
 * marker. Without script or popover support the marker stays a plain link.
 * Takes over the markers' clicks; returns the undo.
 */
function enhanceMarkers(popover: HTMLElement): () => void {
  let opener: HTMLAnchorElement | null = null;

  // The popover shows what the claim's note shows: every article's words for it, and a way to the note itself.
  const fill = (marker: HTMLAnchorElement) => {
    const note = document.getElementById(marker.hash.slice(1));
    const content = note?.querySelector('.note-body');
    if (!note || !content) return false;
    const body = popover.querySelector<HTMLElement>('[data-popover-body]')!;
    body.replaceChildren(...[...content.children].map((child) => child.cloneNode(true)));
    const toNote = document.createElement('a');
    toNote.href = marker.hash;
    toNote.textContent = 'Go to the note';
    toNote.addEventListener('click', () => {
      // The reader is going to the note: focus follows the link, not back to the marker.
      opener = null;
      popover.hidePopover();
    });
    const links = document.createElement('p');
    links.append(toNote);
    body.append(links);
    return true;
  };

  const onClick = (event: MouseEvent) => {
    const marker = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-marker');
    if (!marker || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!fill(marker)) return;
    event.preventDefault();
    opener = marker;
    if (popover.matches(':popover-open')) popover.hidePopover();
    popover.showPopover();
    popover.querySelector<HTMLElement>('[data-popover-heading]')?.focus();
  };

  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState !== 'closed' || !opener) return;
    const focusWasInside = popover.contains(document.activeElement) || document.activeElement === document.body;
    const returnTo = opener;
    opener = null;
    if (focusWasInside) returnTo.focus();
  };

  // Focus moved out of the popover to another element of the page (Tab or
  // Shift+Tab past its ends): close it, so it cannot cover the element that now
  // has focus (the popover sits over the bottom of the screen), and leave focus there.
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || popover.contains(next) || !popover.matches(':popover-open')) return;
    opener = null;
    popover.hidePopover();
  };

  document.addEventListener('click', onClick);
  popover.addEventListener('toggle', onToggle);
  popover.addEventListener('focusout', onFocusOut);
  // Says the enhancement has taken over: until now a marker is a plain link to its note.
  popover.dataset.enhanced = 'true';
  return () => {
    delete popover.dataset.enhanced;
    document.removeEventListener('click', onClick);
    popover.removeEventListener('toggle', onToggle);
    popover.removeEventListener('focusout', onFocusOut);
  };
}

export function CitePopover() {
  useEffect(() => {
    const popover = document.getElementById(POPOVER_ID);
    if (!popover || typeof popover.showPopover !== 'function') return;
    return enhanceMarkers(popover);
  }, []);

  return (
    <div id={POPOVER_ID} popover="auto" className="cite-popover" role="dialog" aria-labelledby="cite-popover-heading">
      <p id="cite-popover-heading" className="cite-popover-heading" data-popover-heading tabIndex={-1}>
        What the articles say
      </p>
      <div data-popover-body />
      <button type="button" popoverTarget={POPOVER_ID} popoverTargetAction="hide" className="button">
        Close
      </button>
    </div>
  );
}
