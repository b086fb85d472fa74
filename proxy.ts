import { NextResponse, type NextRequest } from 'next/server';
import { CONTENT_NOTE_ROUTE_PREFIX, GATED_CACHE_CONTROL, GATED_PATH_HEADER, gatedStoryOf } from '@/lib/gate/paths';
import { CONTENT_NOTE_COOKIE, hasContinued } from '@/lib/gate/cookie';
import { contentNoteRoute } from '@/lib/view/routes';
import { contentSecurityPolicy } from '@/lib/http/security-headers';

/**
 * Runs before every page:
 *  - gives the response a per-request CSP nonce, which Next applies to its own
 *    inline scripts when it finds the policy on the request;
 *  - gates every page of a story behind its content note: a reader who has not
 *    chosen to continue (no slug in the content-notes cookie) is served the note,
 *    rewritten at the URL they asked for, and nothing of the story is rendered.
 *    Client-side navigations and prefetches (RSC requests) pass through here too.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  const { pathname } = request.nextUrl;
  // Next runs the proxy again on the path it rewrote to (/content-note/<slug>), with
  // the headers of the first run: only there may the gated path come in. Anywhere
  // else it is stripped. (A direct visit to the note route without it is a 404; one
  // that forges it can only get the note for a real page of the story.)
  const isNoteRoute = pathname.startsWith(CONTENT_NOTE_ROUTE_PREFIX);
  if (!isNoteRoute) requestHeaders.delete(GATED_PATH_HEADER);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);

  const slug = gatedStoryOf(pathname);
  let response: NextResponse;
  if (slug !== undefined && !hasContinued(request.cookies.get(CONTENT_NOTE_COOKIE)?.value, slug)) {
    requestHeaders.set(GATED_PATH_HEADER, pathname);
    const note = request.nextUrl.clone();
    note.pathname = contentNoteRoute(slug);
    response = NextResponse.rewrite(note, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (slug !== undefined || isNoteRoute) {
    // The same URL shows the note or the story depending on the cookie: no shared cache may
    // keep either. (Next keeps this Cache-Control; it overwrites Vary, which instrumentation.ts mends.)
    response.headers.set('Cache-Control', GATED_CACHE_CONTROL);
    response.headers.set('Vary', 'Cookie');
  }
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
