import { formatDate, UNKNOWN_DATE } from '@/lib/view/dates';

/**
 * An article's date as a <time> (machine-readable as the instant, with its
 * offset, when the page stated one), or the one wording for a date it does not give.
 */
export function PublishedDate({ date, instant }: { date: string | undefined; instant?: string }) {
  return date ? <time dateTime={instant ?? date}>{formatDate(date)}</time> : <>{UNKNOWN_DATE}</>;
}
