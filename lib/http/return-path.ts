/**
 * The one check of a "return" value, where a form sends the reader back to:
 * a plain absolute path of this site, with an optional simple #fragment.
 * Never a scheme, a host ("//evil", "/\evil"), percent-encoding (nothing may
 * decode later into "/" or "\"), whitespace, a query, "." or ".." segments.
 * The redirect that uses it is relative, so it stays on the reader's host.
 */
const MAX_RETURN_LENGTH = 512;
const PATH = /^\/$|^(?:\/[A-Za-z0-9._~-]+)+$/;
// An element id as lib/view/anchors.ts writes them (p-7, claim-1a2b3c4d-note, story-title): no text directives, no script.
const FRAGMENT = /^[A-Za-z][A-Za-z0-9_-]{0,99}$/;

/** The value as a safe path (an unsafe fragment dropped), or undefined. */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_LENGTH) return undefined;
  const hashAt = value.indexOf('#');
  const path = hashAt < 0 ? value : value.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : value.slice(hashAt + 1);
  if (!PATH.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return FRAGMENT.test(fragment) ? `${path}#${fragment}` : path;
}

/** The path part of a safe return path. */
export const pathOf = (safePath: string) => safePath.split('#')[0]!;

/** Whether a path is `base` itself or below it. */
export const isWithin = (path: string, base: string) => path === base || path.startsWith(`${base}/`);
