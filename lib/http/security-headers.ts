/**
 * Security headers for every response. The Content-Security-Policy carries a
 * fresh nonce per request (set by proxy.ts), because Next streams inline
 * scripts for hydration; a nonce allows exactly those and nothing injected.
 * Responses that are not pages (files, JSON, redirects, errors) get
 * STATIC_CONTENT_SECURITY_POLICY, under which nothing may run at all.
 * next.config.ts sends the request-independent headers on every route, and
 * lib/http-hardening.ts puts them on anything else the server answers.
 */

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** For everything that is not a page: an SVG or a JSON file opened on its own must not run anything. */
export const STATIC_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The headers every response carries besides the CSP; the browser tests check them on every kind of response. */
export const BASELINE_SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];
