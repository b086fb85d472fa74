/**
 * Security headers for every response. The Content-Security-Policy carries a
 * fresh nonce per request (set by proxy.ts), because Next streams inline
 * scripts for hydration; a nonce allows exactly those and nothing injected.
 * The request-independent headers are in next.config.mjs.
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
