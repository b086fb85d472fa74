import { ENHANCE_ATTRIBUTE, NOTES, READ_ALOUD, RETURN_FRAGMENT } from './hooks';
import { enhanceNotes } from './notes';
import { enhanceReadAloud } from './read-aloud';
import { enhanceReturnFragment } from './return-fragment';

/**
 * The reading pages' one script (bundled by scripts/build.ts, loaded with
 * `defer`): everything on those pages works without it; it only adds what
 * needs script. Each enhancement finds its element by the attribute the
 * server's HTML gives it (lib/client/hooks.ts).
 */
const ENHANCEMENTS: Record<string, (element: HTMLElement) => void> = {
  [NOTES.enhance]: enhanceNotes,
  [READ_ALOUD.enhance]: enhanceReadAloud,
  [RETURN_FRAGMENT.enhance]: (element) => enhanceReturnFragment(element as HTMLInputElement),
};

for (const element of document.querySelectorAll<HTMLElement>(`[${ENHANCE_ATTRIBUTE}]`)) {
  ENHANCEMENTS[element.getAttribute(ENHANCE_ATTRIBUTE)!]?.(element);
}
// Says the script has run (as GOV.UK Frontend marks the body it supports): a page can be told apart from one whose script never ran.
document.documentElement.dataset.enhanced = 'true';
