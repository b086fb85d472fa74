import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { BASELINE_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY } from './security-headers';

/**
 * Two guarantees at the edge of the Node server, before Next sees a request
 * (installed before the server exists, by lib/http/preload.ts):
 *
 * 1. Every response carries the security headers, whatever produces it: Next's
 *    own trailing-slash redirects, image-optimizer errors and other answers
 *    that next.config's headers do not reach. The defaults set here (with the
 *    strict no-script CSP) are replaced by a page's own policy as its headers
 *    go out (preload.ts) and by next.config's headers wherever those apply.
 * 2. Requests Next would answer with a 500 are answered here with a 4xx (each
 *    found by tests/browser/hostile-input.spec.ts):
 *    - methods other than GET, HEAD and POST (and POST to static files): 405.
 *      TRACE made the Fetch API's Request constructor throw inside Next's proxy
 *      adapter; PUT, DELETE, OPTIONS and others on a static file failed too.
 *      No route of the reader takes any other method.
 *    - a path whose percent-encoding is not UTF-8 (/sources/%FF): 400.
 *    - Range headers are dropped: a range past the end of a static file made
 *      Next answer 500, and the reader serves nothing that needs ranges.
 *
 * Left to Node itself, before any of this: a request whose headers pass its
 * 16 KB limit gets 431, a malformed request line 400, and CONNECT (no handler)
 * a closed connection.
 */

const INSTALLED = Symbol.for('reader.httpHardening');

/** Set by lib/http/preload.ts once everything is in place; instrumentation.ts checks it. */
export const PRELOADED = Symbol.for('reader.preloaded');
const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'POST']);

export function applySecurityDefaults(response: ServerResponse) {
  for (const [name, value] of BASELINE_SECURITY_HEADERS) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', STATIC_CONTENT_SECURITY_POLICY);
}

function refuse(response: ServerResponse, status: number, message: string, allow?: string) {
  response.statusCode = status;
  if (allow) response.setHeader('Allow', allow);
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(`${message}\n`);
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Answers the request itself when Next must not see it (true when it did); otherwise tidies it for Next. */
export function screenRequest(request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method ?? '';
  const path = (request.url ?? '/').split('?')[0]!;
  const isStaticFile = path.startsWith('/_next/static/');
  if (!ALLOWED_METHODS.has(method) || (isStaticFile && method === 'POST')) {
    refuse(response, 405, 'Method not allowed.', isStaticFile ? 'GET, HEAD' : 'GET, HEAD, POST');
    return true;
  }
  if (!decodes(path)) {
    refuse(response, 400, 'Bad request: the address is not valid percent-encoded UTF-8.');
    return true;
  }
  delete request.headers.range;
  delete request.headers['if-range'];
  return false;
}

/** Called once per response, just before its headers go out, with every header set. */
export type HeaderFinisher = (request: IncomingMessage, response: ServerResponse) => void;

type HeaderValue = string | number | readonly string[];

/** Makes writeHead call `finish` first, with any headers passed to writeHead itself already set on the response. */
function finishBeforeWriteHead(request: IncomingMessage, response: ServerResponse, finish: HeaderFinisher) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const message = typeof rest[0] === 'string' ? [rest[0]] : [];
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as Record<string, HeaderValue> | HeaderValue[] | undefined;
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1] as HeaderValue);
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    finish(request, this);
    return (writeHead as (status: number, ...args: unknown[]) => ServerResponse).call(this, status, ...message);
  } as typeof response.writeHead;
}

/**
 * Installs the guarantees above on every HTTP server this process will create,
 * and `finish` on every response they send. Idempotent.
 */
export function hardenHttpServers(finish?: HeaderFinisher) {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      applySecurityDefaults(response);
      if (screenRequest(request, response)) return true;
      if (finish) finishBeforeWriteHead(request, response, finish);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
