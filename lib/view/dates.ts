import type { StoryFrontmatter } from '../content/schema';

/** A YYYY-MM-DD date as the instant its day starts, in UTC (the dates in content have no time or zone). */
export const startOfDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** When a story last changed: its `updated` date (the latest entry of its log of changes), or its publication. */
export const lastChanged = (meta: Pick<StoryFrontmatter, 'published' | 'updated'>) => meta.updated ?? meta.published;

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2020-10-28" → "28 October 2020". */
export function formatDate(isoDate: string): string {
  return longDate.format(startOfDay(isoDate));
}

/** What stands for a date an article does not give, wherever it would be shown. */
export const UNKNOWN_DATE = 'date unknown';

export function formatOptionalDate(isoDate: string | undefined): string {
  return isoDate ? formatDate(isoDate) : UNKNOWN_DATE;
}
