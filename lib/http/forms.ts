/**
 * The one guarded path for the reader's form posts (the content note's
 * choice, the reading settings): only this site's own pages may post, only as
 * a form, only as much as the form can hold, whatever way the body arrives.
 */

export const plainResponse = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });

/**
 * Only this site's own pages may post: another site must not be able to make
 * a reader skip a note or change their settings. Browsers say where a request
 * comes from in Sec-Fetch-Site, which must be "same-origin" ("same-site" is
 * another origin: a sibling subdomain). Browsers without it send Origin, which
 * must name this host; our no-referrer policy turns it into "null" for our own
 * forms, so "null" (or none, as old browsers and command-line clients send) is
 * not held against them.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (origin === null || origin === 'null') return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

/**
 * The body as a form, read up to `maxBytes` counted as the bytes arrive, so a
 * chunked body without Content-Length is held to the limit too; undefined past it.
 */
async function readLimitedForm(request: Request, maxBytes: number): Promise<URLSearchParams | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return undefined;
  const reader = request.body?.getReader();
  if (!reader) return new URLSearchParams();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new URLSearchParams(new TextDecoder().decode(Buffer.concat(chunks)));
}

export type GuardedForm = { form: URLSearchParams; response?: undefined } | { form?: undefined; response: Response };

/**
 * Checks a form post and reads it: 403 from another origin, 415 when it is not
 * a form, 413 past the limit. The answer goes out at once; Node then discards
 * whatever is left of a refused body while the client sends it, as nginx's
 * lingering close does, so the client reads the answer instead of a reset
 * connection (closing at once would reset it while the client is still sending).
 */
export async function readGuardedForm(request: Request, { maxBytes, refusal }: { maxBytes: number; refusal: string }): Promise<GuardedForm> {
  if (!isSameOrigin(request)) return { response: plainResponse(403, refusal) };
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return { response: plainResponse(415, 'Send this as a form.') };
  const form = await readLimitedForm(request, maxBytes);
  if (!form) return { response: plainResponse(413, 'The form is too large.') };
  return { form };
}

export const isHttps = (request: Request) =>
  request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' || new URL(request.url).protocol === 'https:';

/**
 * A 303 to a path of this site, never stored. The Location stays relative on
 * purpose: one built from request.url names the server's own host (127.0.0.1
 * or localhost), and a cookie set on one is not sent back to the other.
 */
export function seeOther(location: string, setCookie?: string): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  if (setCookie) headers.append('Set-Cookie', setCookie);
  return new Response(null, { status: 303, headers });
}
