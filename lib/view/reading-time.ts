/**
 * How long the account takes to read, in plain words. 238 words a minute is
 * the average silent reading rate of adults for non-fiction (Brysbaert, 2019,
 * a meta-analysis of 190 studies); it is an estimate, said as one ("About").
 */
export const WORDS_PER_MINUTE = 238;

export function readingTime(words: number): string {
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to read`;
}
