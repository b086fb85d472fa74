import { formatOptionalDate } from './format';
import type { Claim, Source, Story } from './model';

/** "Heart, 28 October 2020": how a source is named wherever it is cited. */
export const sourceByline = (source: Source) => `${source.name}, ${formatOptionalDate(source.meta.published)}`;

/** The accessible name of a citation marker; it contains the visible note number. */
export const markerLabel = (source: Source, noteNumber: number) => `Source: ${sourceByline(source)} (note ${noteNumber})`;

export const backLinkLabel = (claimNumber: number) => `Back to claim ${claimNumber}`;

export const reportedByText = (claim: Claim, story: Story) =>
  `Reported by ${claim.reportedBy.length} of ${story.sources.length} sources`;
