import type { Claim, Source, Story } from '../content/model';
import { formatOptionalDate } from './dates';
import { articleCount } from './story-index';

/** What stands for an outlet or an original address an article's record does not give, on every page and in the book. */
export const UNKNOWN_OUTLET = 'outlet unknown';
export const UNKNOWN_ADDRESS = 'address unknown';

/** "Heart, 28 October 2020": how a source is named wherever it is cited. */
export const sourceByline = (source: Source) => `${source.name}, ${formatOptionalDate(source.meta.published)}`;

const articles = (count: number) => `${count} ${count === 1 ? 'article' : 'articles'}`;

/**
 * A claim's marker: how many articles report it ("3 articles"), its visible
 * text and its accessible name both. A count, never "3 of 5", which reads as
 * "the third of five"; short, since a screen reader speaks it mid-prose.
 */
export const supportLabel = (claim: Claim) => articles(claim.reports.length);

/** What the markers count, said once before the first of them, from the story's own figures. */
export const markersExplained = (story: Story, example: Claim) =>
  `Combined from ${articles(articleCount(story))}. After each claim, a link such as “${supportLabel(example)}” says how many report it; it opens their words.`;

/** The same count as a sentence, in a claim's note, after the claim's first words. */
export const supportSentence = (claim: Claim, story: Story) =>
  `${claim.reports.length} of ${articleCount(story)} articles ${claim.reports.length === 1 ? 'reports' : 'report'} this.`;

/** How many of a claim's words its note repeats, so a reader knows which claim it is for. */
const OPENING_WORDS = 8;

/** A claim's first words, in quotation marks, as its note begins: “Teigen and Legend already had two children…” */
export function claimOpening(claim: Claim) {
  const words = claim.text.split(/\s+/).filter(Boolean);
  const opening = words.slice(0, OPENING_WORDS).join(' ').replace(/[.,;:!?]+$/, '');
  return `“${opening}${words.length > OPENING_WORDS ? '…' : ''}”`;
}

/** A note's way back to its claim, in the page (Close) and in the book (its back-link). */
export const CLOSE_NOTE = 'Close note';
export const backLinkLabel = (claim: Claim) => `Back to claim ${claim.number}`;

/** The headings of a story's parts, as the page and the book (lib/book) both title them. */
export const PART_TITLES = {
  contentNote: 'Content note',
  notes: 'Notes',
  changes: 'Changes to this account',
  support: 'If this story affects you',
  contents: 'Contents',
  about: 'More about this account',
  articles: 'The articles',
} as const;

/** The name of the story's contents as a navigation landmark, apart from its heading ("Contents"). */
export const CONTENTS_NAVIGATION = 'On this page';

/** What the content note says before it lists what a story contains, and after, when passages can be skipped. */
export const CONTENT_NOTE_LEAD = 'This story includes:';
export const SKIPPABLE_PASSAGES = 'The most detailed passages have their own short note, and you can skip them.';

/** The first line of the book's notes: what each note holds. */
export const NOTES_INTRODUCTION = 'One note for each claim: how many of the articles report it, and each cited article’s own words.';

/** What a placeholder says in place of a photograph we do not reproduce. */
export const PHOTO_NOT_SHOWN = 'Photo not shown';

export const SENSITIVE_PHOTO_NOTE = 'Note: the description below is of a photograph some readers may find distressing.';

/** A sensitive passage's own short note, its name as a group, and its way past. */
export const sensitiveNote = (topic: string) => `This passage contains ${topic}.`;
export const sensitivePassageName = (topic: string) => `Passage with ${topic}`;
export const skipLabel = (topic: string) => `Skip ${topic}`;

/** What goes before the item at `index` of an inline list of `count`: "", ", " or " and " ("A, B and C"). */
export const listSeparator = (index: number, count: number) => (index === 0 ? '' : index === count - 1 ? ' and ' : ', ');
