/**
 * Runs once when the Node server starts, before it handles any request.
 *  - lib/http-hardening.ts: security headers on every response; 405/400 instead of
 *    Next's 500 for odd methods and for paths that are not percent-encoded UTF-8.
 *  - lib/vary.ts: keeps the "Vary: Cookie" that proxy.ts sets on content-note-gated
 *    pages, which Next would otherwise overwrite (vercel/next.js#85999).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const [{ hardenHttpServers }, { mergeVaryOnEveryResponse }] = await Promise.all([
      import('./lib/http/hardening'),
      import('./lib/http/vary'),
    ]);
    hardenHttpServers();
    mergeVaryOnEveryResponse();
  }
}
