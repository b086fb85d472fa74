import type { Claim, Source, Story } from '../content/model';
import { formatOptionalDate } from './dates';

/** "Heart, 28 October 2020": how a source is named wherever it is cited. */
export const sourceByline = (source: Source) => `${source.name}, ${formatOptionalDate(source.meta.published)}`;

/**
 * A claim's marker: how well it is supported, in a few words ("4 of 5
 * articles"), its visible text and its accessible name both. Short on purpose:
 * a screen reader speaks it in the middle of the prose, once per claim.
 */
export const supportLabel = (claim: Claim, story: Story) => `${claim.reports.length} of ${story.sources.length} articles`;

/** The same, as a sentence: the first line of a claim's note. */
export const supportSentence = (claim: Claim, story: Story) =>
  `${claim.reports.length} of ${story.sources.length} articles ${claim.reports.length === 1 ? 'reports' : 'report'} this.`;

export const backLinkLabel = (claim: Claim) => `Back to claim ${claim.number}`;
