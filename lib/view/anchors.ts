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
  articles: 'articles-heading',
  contents: 'contents-heading',
  changes: 'changes-heading',
  onlyHere: 'only-here-heading',
} as const;

type Identified = { id: string };

/**
 * A claim's marker, where its note's back-link returns. The claim's own id,
 * derived from its words, so a link to a claim survives claims added before it.
 */
export const markerId = (claim: Identified) => claim.id;

/** A claim's note in the notes list, where its marker jumps. */
export const noteId = (claim: Identified) => `${claim.id}-note`;

/** The part of a claim's note that pops over the account, opened by the marker's button (native popover). */
export const notePopoverId = (claim: Identified) => `${claim.id}-popover`;

/** The words that name a claim's note, as a popover and in the list. */
export const noteLabelId = (claim: Identified) => `${claim.id}-label`;

/** A paragraph of an archived article; notes and the export link here. */
export const paragraphId = (paragraph: number) => `p-${paragraph}`;

/** The point just after a sensitive passage, where its "Skip …" link lands. */
export const afterSensitiveId = (passage: number) => `after-sensitive-${passage}`;

/** Where support is named: once in the content note (a level-3 heading) and once after the story (level 2). */
export const supportHeadingId = (level: 2 | 3) => `support-heading-${level}`;

/** A section's heading in the account, where the contents and read-aloud start. */
export const sectionId = (section: Identified) => section.id;

/** The same-page link to an id. */
export const hrefTo = (id: string) => `#${id}`;
