import { hashedContentSecurityPolicy } from './security-headers';

/**
 * Each prerendered page's Content-Security-Policy, as the server sends it:
 * the policies are computed from the build's pages when the build ends and
 * read back when the server starts (lib/release/page-policies.ts); each answer
 * gets the policy of the address the reader asked for.
 */

export interface PagePolicies {
  /** The build they were computed from (its build id, lib/release/next-layout.ts). */
  buildId: string;
  /** Inline-script hashes for each address (lower-cased), beyond the error pages' own. */
  byPath: Record<string, string[]>;
  /** The hashes of the pages any address may answer with: 404 and the error page. */
  errorPages: string[];
}

/** The policy for a request's path (the address the reader asked for, before any rewrite). */
export function pagePolicyFor(policies: PagePolicies, pathname: string): string {
  const own = policies.byPath[pathname.toLowerCase()] ?? [];
  return hashedContentSecurityPolicy([...new Set([...own, ...policies.errorPages])]);
}
