/**
 * The words read-aloud adds to the account (the DOM walk is in
 * lib/client/read-aloud.ts, the sentences come from lib/matching/sentences.ts).
 */

/** How a section heading is announced before its text. */
export const sectionAnnouncement = (title: string) => `Section: ${title.trim()}.`;
