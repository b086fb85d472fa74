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
  about: 'about-heading',
  changes: 'changes-heading',
  onlyHere: 'only-here-heading',
} as const;

type Identified = { id: string };

/**
 * A claim's own words in the account: where its note's Close returns and where
 * links to the claim (from an archived article) land. The claim's own id,
 * derived from its words, so a link to a claim survives claims added before it.
 */
export const claimId = (claim: Identified) => claim.id;

/** A claim's marker (in the book, where its endnote's back-link returns). */
export const markerId = (claim: Identified) => `${claim.id}-marker`;

/** A claim's note, right after its marker, opened by the marker's link. */
export const noteId = (claim: Identified) => `${claim.id}-note`;

/** The words that name a claim's note (in the book's notes). */
export const noteLabelId = (claim: Identified) => `${claim.id}-label`;

/** A paragraph of an archived article; the export links here. */
export const paragraphId = (paragraph: number) => `p-${paragraph}`;

/** A cited passage of an archived article (a highlighted run, from its first character): a note's link lands on it. */
export const passageId = (paragraph: number, start: number) => `p-${paragraph}-${start}`;

/** The point just after a sensitive passage, where its "Skip …" link lands. */
export const afterSensitiveId = (passage: number) => `after-sensitive-${passage}`;

/** Where support is named: once in the content note (a level-3 heading) and once after the story (level 2). */
export const supportHeadingId = (level: 2 | 3) => `support-heading-${level}`;

/** A section's heading in the account, where the contents and read-aloud start. */
export const sectionId = (section: Identified) => section.id;

/** The same-page link to an id. */
export const hrefTo = (id: string) => `#${id}`;
