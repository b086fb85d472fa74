/**
 * The content-note choice, remembered per story in one cookie: the slugs of the
 * stories whose note the reader has passed, comma-separated. Nothing else is stored.
 */
export const CONTENT_NOTE_COOKIE = 'content-notes';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
// A cookie is at most 4 KB; a reader who has passed hundreds of notes keeps the newest.
const MAX_REMEMBERED = 100;

export function parseContinuedStories(value: string | undefined): string[] {
  if (!value || value.length > 4096) return [];
  return value.split(',').filter((slug) => SLUG.test(slug)).slice(-MAX_REMEMBERED);
}

export function hasContinued(value: string | undefined, slug: string): boolean {
  return parseContinuedStories(value).includes(slug);
}

export function withContinued(value: string | undefined, slug: string): string {
  const slugs = parseContinuedStories(value).filter((s) => s !== slug);
  return [...slugs, slug].slice(-MAX_REMEMBERED).join(',');
}

export function withoutContinued(value: string | undefined, slug: string): string {
  return parseContinuedStories(value).filter((s) => s !== slug).join(',');
}

/** Later visits go straight to the story: the choice is kept for a year, or until the reader asks for the note again. */
export const CONTENT_NOTE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/**
 * The Set-Cookie header for a new value of the cookie: HttpOnly (no script needs
 * it), SameSite=Lax, Path=/ (every page of every story), Secure over HTTPS. An
 * empty value deletes the cookie. The value is URI-encoded, as Next's cookie
 * parser decodes it, so the commas between slugs stay valid cookie text.
 */
export function contentNoteSetCookie(value: string, { secure }: { secure: boolean }): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])];
  const pair = `${CONTENT_NOTE_COOKIE}=${encodeURIComponent(value)}`;
  return [pair, value === '' ? 'Max-Age=0' : `Max-Age=${CONTENT_NOTE_MAX_AGE_SECONDS}`, ...attributes].join('; ');
}
