/**
 * The one Set-Cookie builder for the reader's two cookies (the content-note
 * choice and the reading settings): HttpOnly (no script needs them),
 * SameSite=Lax, Path=/ (every page), Secure over HTTPS. The value is
 * URI-encoded, as Next's cookie parser decodes it; an empty value deletes the cookie.
 */
export const COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

export function setCookieHeader(name: string, value: string, { secure }: { secure: boolean }): string {
  const lifetime = value === '' ? 'Max-Age=0' : `Max-Age=${COOKIE_MAX_AGE_SECONDS}`;
  return [`${name}=${encodeURIComponent(value)}`, lifetime, 'Path=/', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}
