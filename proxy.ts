import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security-headers';

/**
 * Runs before every page: gives the response a per-request CSP nonce, which
 * Next applies to its own inline scripts when it finds the policy on the request.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Static files need no nonce; their headers come from next.config.
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
