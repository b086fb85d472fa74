import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { installGracefulStop } from './graceful-stop';
import { hardenHttpServers, PRELOADED } from './hardening';
import { PAGE_POLICIES_FILE, pagePolicyDrift, pagePolicyFor, type PagePolicies } from './page-policies';
import { mergeVaryOnEveryResponse } from './vary';

/**
 * Loaded before Next starts (`node --import .next/reader-preload.mjs …`, see
 * scripts/serve.mjs; scripts/build.ts bundles this file there), so it is in
 * place before the server accepts its first request: instrumentation.ts runs
 * only after, and the first answers would go out without it.
 *  - the hardening of lib/http/hardening.ts on every server;
 *  - Vary merged, not replaced (lib/http/vary.ts);
 *  - each prerendered page's CSP, by the hashes of its inline scripts, on
 *    every HTML answer that does not carry a nonce of its own (the settings
 *    page, proxy.ts);
 *  - the graceful stop of lib/http/graceful-stop.ts (SIGTERM drains, exits 0);
 *  - none of Next's internal headers (x-nextjs-cache, x-nextjs-rewritten-path,
 *    …) reaches a reader: they would say which internal route answered.
 * Refuses to start when the build's policies are missing or no longer match
 * its pages: never a page whose scripts are silently blocked.
 */

function loadPolicies(nextDir: string): PagePolicies {
  const file = path.join(nextDir, PAGE_POLICIES_FILE);
  const fail = (why: string) => {
    console.error(`reader: cannot start: ${why}. Build with "npm run build" (or start with "npm start", which builds when needed).`);
    process.exit(1);
  };
  if (!existsSync(file)) fail(`${path.relative(process.cwd(), file)} is missing: the pages' Content-Security-Policy is computed when the build ends`);
  const policies = JSON.parse(readFileSync(file, 'utf8')) as PagePolicies;
  const drift = pagePolicyDrift(nextDir, policies);
  if (drift.length > 0) fail(`the pages' policies do not match the build (${drift.slice(0, 3).join('; ')})`);
  return policies;
}

const pathnameOf = (url: string | undefined) => (url ?? '/').split('?')[0]!;

/**
 * The policies as the build folder holds them now: re-read when the file
 * changes, which is how a story published into the running build
 * (lib/release/publish.ts) brings its pages' policies with it. The publisher
 * checked them against its pages; a stat per page answer costs microseconds.
 */
function livePolicies(nextDir: string): () => PagePolicies {
  const file = path.join(nextDir, PAGE_POLICIES_FILE);
  // The publisher renames a new file over the old one: a new inode, even within one millisecond.
  const version = () => {
    const { ino, mtimeMs } = statSync(file);
    return `${ino}:${mtimeMs}`;
  };
  let policies = loadPolicies(nextDir);
  let seen = version();
  return () => {
    const now = version();
    if (now !== seen) [policies, seen] = [JSON.parse(readFileSync(file, 'utf8')) as PagePolicies, now];
    return policies;
  };
}

function finishHeaders(policies: () => PagePolicies) {
  return (request: IncomingMessage, response: ServerResponse) => {
    for (const name of response.getHeaderNames()) if (name.startsWith('x-nextjs-')) response.removeHeader(name);
    if (!String(response.getHeader('content-type') ?? '').startsWith('text/html')) return;
    if (String(response.getHeader('content-security-policy') ?? '').includes("'nonce-")) return;
    response.setHeader('Content-Security-Policy', pagePolicyFor(policies(), pathnameOf(request.url)));
  };
}

hardenHttpServers(finishHeaders(livePolicies(path.join(process.cwd(), '.next'))));
mergeVaryOnEveryResponse();
installGracefulStop();
(globalThis as Record<symbol, unknown>)[PRELOADED] = true;
