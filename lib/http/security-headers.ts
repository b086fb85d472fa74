import { createHash } from 'node:crypto';

/**
 * Security headers for every response, in one place. Pages are prerendered,
 * so the same bytes go to every reader. A reading page's one script is a file
 * of our own ('self'); the pages that keep Next's runtime (the error pages)
 * carry inline scripts, which the policy allows exactly by their hashes,
 * computed when the build ends (lib/release/page-policies.ts), and nothing
 * injected: never 'unsafe-inline'. The one page still rendered per request
 * (the settings page, which shows the reader's own choices) gets a fresh
 * nonce instead, from proxy.ts. Everything that is not a page (files, JSON,
 * redirects, errors) gets STATIC_CONTENT_SECURITY_POLICY, under which nothing
 * may run at all.
 */

/** What every policy locks, page or not: nothing but our own origin, no plugins, no <base>, no framing, forms only to us. */
const LOCKED_DIRECTIVES = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

const PAGE_SOURCES = ["style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'"];

const policy = (scriptSrc: string, sources: readonly string[] = []) => ["default-src 'self'", `script-src ${scriptSrc}`, ...sources, ...LOCKED_DIRECTIVES].join('; ');

const withScripts = (scriptSrc: string) => policy(scriptSrc, PAGE_SOURCES);

/** A page rendered for this request: its scripts carry the nonce. */
export const nonceContentSecurityPolicy = (nonce: string) => withScripts(`'self' 'nonce-${nonce}' 'strict-dynamic'`);

/**
 * A prerendered page: its own script files ('self') and its inline scripts by
 * hash. ('strict-dynamic' would disable 'self', and the script files would then
 * need hashes of their own.)
 */
export const hashedContentSecurityPolicy = (hashes: readonly string[]) => withScripts(["'self'", ...hashes].join(' '));

/** For everything that is not a page: an SVG or a JSON file opened on its own must not run anything. */
export const STATIC_CONTENT_SECURITY_POLICY = policy("'none'");

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP source of each inline script of a page ('sha256-…', over its exact text), in order, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`);
  return [...new Set(hashes)];
}

/** The headers every response carries besides the CSP; the browser tests check them on every kind of response. */
export const BASELINE_SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];
