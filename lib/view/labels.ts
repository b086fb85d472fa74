import type { Claim, Source, Story } from '../content/model';
import { formatOptionalDate } from './dates';
import { sourceOf } from './story-index';

/** "Heart, 28 October 2020": how a source is named wherever it is cited. */
export const sourceByline = (source: Source) => `${source.name}, ${formatOptionalDate(source.meta.published)}`;

/**
 * The accessible name of a citation marker; it contains the visible note number
 * as a word of its own (label in name, WCAG 2.5.3: axe ignores parenthesised
 * text when matching, so "(note 4)" would not count as containing "4").
 */
export const markerLabel = (source: Source, noteNumber: number) => `Source: ${sourceByline(source)}, note ${noteNumber}`;

export const backLinkLabel = (claimNumber: number) => `Back to claim ${claimNumber}`;

export const reportedByText = (claim: Claim, story: Story) => `Reported by ${claim.reports.length} of ${story.sources.length} sources`;

/** "Reported by 3 of 5 sources: EURweb, Heart, WION", for places that cannot hold links. */
export const reportedByList = (claim: Claim, story: Story) =>
  `${reportedByText(claim, story)}: ${claim.reports.map((report) => sourceOf(story, report.sourceId).name).join(', ')}`;
