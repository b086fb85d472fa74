import { SLUG_PATTERN } from '../content/ids';
import { setCookieHeader } from '../http/cookies';

/**
 * The content-note choice, remembered per story in one cookie: the slugs of the
 * stories whose note the reader has passed, comma-separated. Nothing else is stored.
 */
export const CONTENT_NOTE_COOKIE = 'content-notes';

// A cookie is at most 4 KB; a reader who has passed hundreds of notes keeps the newest.
const MAX_REMEMBERED = 100;

export function parseContinuedStories(value: string | undefined): string[] {
  if (!value || value.length > 4096) return [];
  return value.split(',').filter((slug) => SLUG_PATTERN.test(slug)).slice(-MAX_REMEMBERED);
}

export function withContinued(value: string | undefined, slug: string): string {
  const slugs = parseContinuedStories(value).filter((s) => s !== slug);
  return [...slugs, slug].slice(-MAX_REMEMBERED).join(',');
}

export function withoutContinued(value: string | undefined, slug: string): string {
  return parseContinuedStories(value).filter((s) => s !== slug).join(',');
}

/** Later visits go straight to the story: the choice is kept for a year, or until the reader asks for the note again. */
export const contentNoteSetCookie = (value: string, options: { secure: boolean }) => setCookieHeader(CONTENT_NOTE_COOKIE, value, options);
