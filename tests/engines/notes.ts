/**
 * A claim's marker and note in the engine specs, by the selectors the browser
 * suite spells once for every engine (tests/browser/support.ts: CLAIM,
 * claimParts): the claim's words, its marker (a link to the note), the note
 * right after it, shown while it is the page's :target.
 */
import { CLAIM, claimParts, scrollPositionSettled } from '../browser/support';
import { expect } from './fixtures';
import type { Reader } from './reader';

export { CLAIM, claimParts };

/** The ids of the account's claims, in reading order. */
export const claimIdsOn = (reader: Reader) => reader.run((words) => [...document.querySelectorAll(words)].map((claim) => claim.id), `.story-body ${CLAIM.words}`);

/** Whether the element is drawn at all (a closed note is not). */
export const isShown = (reader: Reader, selector: string) => reader.run((s) => (document.querySelector(s)?.getClientRects().length ?? 0) > 0, selector);

/** Waits until the page stops scrolling (following a link to a note or a claim scrolls smoothly). */
export const scrollSettled = (reader: Reader) => scrollPositionSettled(() => reader.run(() => `${scrollX},${scrollY}`));

/** Follows a claim's marker by pointer or by Enter on the focused marker; waits for its note to be the open target and the page to settle. */
export async function openNote(reader: Reader, claim: ReturnType<typeof claimParts>, how: 'click' | 'Enter') {
  if (how === 'click') await reader.click(claim.marker);
  else await reader.press('Enter');
  await expect.poll(() => reader.run((s) => document.querySelector(s)?.matches(':target') ?? false, claim.note), `${claim.note} is the page's target`).toBe(true);
  await expect.poll(() => isShown(reader, claim.note), `${claim.note} is shown`).toBe(true);
  await scrollSettled(reader);
}

/** Whether the reader is back at the claim's words, with the note shut. */
export async function expectBackAtClaim(reader: Reader, claim: ReturnType<typeof claimParts>, how: string) {
  await expect.poll(() => reader.run((s) => document.querySelector(s)?.matches(':target') ?? false, claim.words), `${how}: the claim's words are the target`).toBe(true);
  expect(await isShown(reader, claim.note), `${how}: the note is shut`).toBe(false);
  await scrollSettled(reader);
}
