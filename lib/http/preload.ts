import type { IncomingMessage, ServerResponse } from 'node:http';
import { installGracefulStop } from './graceful-stop';
import { hardenHttpServers, PRELOADED } from './hardening';
import { pagePolicyFor, type PagePolicies } from './page-policies';
import { mergeVaryOnEveryResponse } from './vary';

/**
 * What the server does to every request and answer, installed before Next
 * starts by the server preload (lib/release/server-preload.ts, which
 * scripts/build.ts bundles into the build and scripts/serve.mjs loads with
 * `node --import`), so it is in place before the server accepts its first
 * request: instrumentation.ts runs only after, and the first answers would go
 * out without it.
 *  - the hardening of lib/http/hardening.ts on every server;
 *  - Vary merged, not replaced (lib/http/vary.ts);
 *  - each prerendered page's CSP, by the hashes of its inline scripts, on
 *    every HTML answer that does not carry a nonce of its own (the settings
 *    page, proxy.ts);
 *  - the graceful stop of lib/http/graceful-stop.ts (SIGTERM drains, exits 0);
 *  - none of Next's internal headers (x-nextjs-cache, x-nextjs-rewritten-path,
 *    …) reaches a reader: they would say which internal route answered.
 */

const pathnameOf = (url: string | undefined) => (url ?? '/').split('?')[0]!;

function finishHeaders(policies: () => PagePolicies) {
  return (request: IncomingMessage, response: ServerResponse) => {
    for (const name of response.getHeaderNames()) if (name.startsWith('x-nextjs-')) response.removeHeader(name);
    if (!String(response.getHeader('content-type') ?? '').startsWith('text/html')) return;
    if (String(response.getHeader('content-security-policy') ?? '').includes("'nonce-")) return;
    response.setHeader('Content-Security-Policy', pagePolicyFor(policies(), pathnameOf(request.url)));
  };
}

/** Installs all of the above; `policies` gives the pages' policies as they are now. */
export function prepareServer(policies: () => PagePolicies) {
  hardenHttpServers(finishHeaders(policies));
  mergeVaryOnEveryResponse();
  installGracefulStop();
  (globalThis as Record<symbol, unknown>)[PRELOADED] = true;
}
