import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { BASELINE_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY } from './security-headers';

/**
 * Two guarantees at the edge of the Node server, before Next sees a request
 * (installed once at start by instrumentation.ts):
 *
 * 1. Every response carries the security headers, whatever produces it: Next's
 *    own trailing-slash redirects, image-optimizer errors and other answers
 *    that neither next.config's headers nor proxy.ts reach. The defaults set
 *    here (with the strict no-script CSP) are replaced by the page's nonce CSP
 *    in proxy.ts and by next.config's headers wherever those apply.
 * 2. Methods no handler can take are refused with 405 instead of crashing:
 *    TRACE and TRACK make the Fetch API's Request constructor throw inside
 *    Next's proxy adapter, which answered 500.
 *
 * Left to Node itself, before any of this: a request whose headers pass its
 * 16 KB limit gets 431, a malformed request line 400, and CONNECT (no handler)
 * a closed connection.
 */

const INSTALLED = Symbol.for('reader.httpHardening');
const REFUSED_METHODS = new Set(['TRACE', 'TRACK']);

export function applySecurityDefaults(response: ServerResponse) {
  for (const [name, value] of BASELINE_SECURITY_HEADERS) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', STATIC_CONTENT_SECURITY_POLICY);
}

/** Answers the request itself when it must not reach Next; true when it did. */
export function refuseUnsupported(request: IncomingMessage, response: ServerResponse): boolean {
  if (!REFUSED_METHODS.has((request.method ?? '').toUpperCase())) return false;
  response.statusCode = 405;
  response.setHeader('Allow', 'GET, HEAD, POST');
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end('Method not allowed.\n');
  return true;
}

export function hardenHttpServers() {
  const proto = Server.prototype as Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      applySecurityDefaults(response);
      if (refuseUnsupported(request, response)) return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
  proto[INSTALLED] = true;
}
