const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2020-10-28" → "28 October 2020". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatOptionalDate(isoDate: string | undefined): string {
  return isoDate ? formatDate(isoDate) : 'date unknown';
}
