/**
 * Runs once when the Node server starts. The server's own guarantees (headers
 * on every response, each page's Content-Security-Policy, the hardening against
 * requests Next would answer with a 500) are installed before Next starts, by
 * lib/http/preload.ts; a production server started without it (`next start`
 * alone) would serve pages whose policy is wrong, so it refuses to run.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { PRELOADED } = await import('./lib/http/hardening');
  if (!(globalThis as Record<symbol, unknown>)[PRELOADED]) {
    throw new Error('The reader was started without lib/http/preload.ts: start it with "npm start" (scripts/serve.mjs), not "next start" alone.');
  }
}
