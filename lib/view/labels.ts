import type { Claim, Source, Story } from '../content/model';
import { formatOptionalDate } from './dates';
import { articleCount } from './story-index';

/** What stands for an outlet or an original address an article's record does not give, on every page and in the book. */
export const UNKNOWN_OUTLET = 'outlet unknown';
export const UNKNOWN_ADDRESS = 'address unknown';

/** "Heart, 28 October 2020": how a source is named wherever it is cited. */
export const sourceByline = (source: Source) => `${source.name}, ${formatOptionalDate(source.meta.published)}`;

/**
 * A claim's marker: how well it is supported, in a few words ("4 of 5
 * articles"), its visible text and its accessible name both. Short on purpose:
 * a screen reader speaks it in the middle of the prose, once per claim.
 */
export const supportLabel = (claim: Claim, story: Story) => `${claim.reports.length} of ${articleCount(story)} articles`;

/** The same, as a sentence: the first line of a claim's note. */
export const supportSentence = (claim: Claim, story: Story) =>
  `${claim.reports.length} of ${articleCount(story)} articles ${claim.reports.length === 1 ? 'reports' : 'report'} this.`;

export const backLinkLabel = (claim: Claim) => `Back to claim ${claim.number}`;

/** The headings of a story's parts, as the page and the book (lib/book) both title them. */
export const PART_TITLES = {
  contentNote: 'Content note',
  notes: 'Notes',
  changes: 'Changes to this account',
  support: 'If this story affects you',
} as const;

/** What the content note says before it lists what a story contains, and after, when passages can be skipped. */
export const CONTENT_NOTE_LEAD = 'This story includes:';
export const SKIPPABLE_PASSAGES = 'The most detailed passages have their own short note, and you can skip them.';

/** The first line of a claim's notes list: what each note holds. */
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
