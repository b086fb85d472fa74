/**
 * Every anchor id the pages write, in one module that owns both ends of each
 * link (as MediaWiki Cite's AnchorFormatter does): the element that carries an
 * id and every link that jumps to it take it from here, so they cannot drift.
 */

/** Headings where reading starts: the content note moves the reader there after a choice. */
export const HEADING_IDS = {
  story: 'story-title',
  sources: 'sources-title',
  source: 'source-title',
  summary: 'summary-title',
  contentNote: 'content-note-title',
  notes: 'notes-heading',
} as const;

/** The k-th citation marker of a claim; a note's back-link returns here. */
export const markerId = (claim: number, citation: number) => `cite-${claim}-${citation}`;

/** A claim is found at its first marker. */
export const claimAnchorId = (claim: number) => markerId(claim, 1);

/** A note of the notes list; a marker jumps here. */
export const noteId = (note: number) => `note-${note}`;

/** A paragraph of an archived article; notes and the export link here. */
export const paragraphId = (paragraph: number) => `p-${paragraph}`;

/** The point just after a sensitive passage, where its "Skip …" link lands. */
export const afterSensitiveId = (passage: number) => `after-sensitive-${passage}`;

/** The same-page link to an id. */
export const hrefTo = (id: string) => `#${id}`;
