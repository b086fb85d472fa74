import { NextResponse, type NextRequest } from 'next/server';
import { nonceContentSecurityPolicy } from '@/lib/http/security-headers';

/**
 * Runs only for the one page still rendered per request, the reading settings
 * (it shows the reader's own choices): gives it a fresh CSP nonce, which Next
 * applies to its inline scripts when it finds the policy on the request. Every
 * other page is prerendered and allowed its inline scripts by their hashes
 * (lib/release/page-policies.ts); the content note's gate is a next.config
 * rewrite (lib/gate/routing.ts).
 */
export function proxy(request: NextRequest) {
  const policy = nonceContentSecurityPolicy(btoa(crypto.randomUUID()));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/settings'],
};
