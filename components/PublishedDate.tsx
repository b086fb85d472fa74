import { formatDate, UNKNOWN_DATE } from '@/lib/view/dates';

/** An article's date as a <time>, or the one wording for a date it does not give. */
export function PublishedDate({ date }: { date: string | undefined }) {
  return date ? <time dateTime={date}>{formatDate(date)}</time> : <>{UNKNOWN_DATE}</>;
}
