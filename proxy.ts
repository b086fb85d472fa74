import { NextResponse, type NextRequest } from 'next/server';
import { nonceContentSecurityPolicy } from '@/lib/http/security-headers';

/**
 * Runs before every page: gives the response a per-request CSP nonce, which
 * Next applies to its own inline scripts when it finds the policy on the
 * request. (The content note's gate is not here: it is a next.config rewrite,
 * lib/gate/routing.ts, decided in process by the router.)
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = nonceContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Static files need no nonce; their headers come from next.config. The two form
  // handlers answer with redirects and plain text, never a page: left out, so Next
  // does not read a whole request body to hand the proxy a copy of it, and a form
  // post's limit (lib/http/forms.ts) stops an oversized body after its first bytes.
  // Anchored: unanchored, any page whose path merely began with these ("/icon.svg.html") skipped the proxy and its CSP.
  matcher: ['/((?!_next/static/|_next/image$|icon\\.svg$|favicon\\.ico$|settings/save$|stories/[^/]+/content-note$).*)'],
};
