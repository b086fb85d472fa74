import { describe, expect, it } from 'vitest';
import { isSameOrigin, readGuardedForm, seeOther } from '@/lib/http/forms';

const URL_BASE = 'http://reader.example/stories/x/content-note';
const FORM = 'application/x-www-form-urlencoded';

function post(headers: Record<string, string>, body?: BodyInit) {
  return new Request(URL_BASE, { method: 'POST', headers: { host: 'reader.example', 'content-type': FORM, ...headers }, body, duplex: 'half' } as RequestInit);
}

/** A body that arrives in chunks, with no Content-Length, as a chunked upload does; counts what was pulled from it. */
function chunkedBody(chunkBytes: number, chunks: number) {
  const pulled = { chunks: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === chunks) return controller.close();
      pulled.chunks++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return { stream, pulled };
}

const guard = (request: Request) => readGuardedForm(request, { maxBytes: 4096, refusal: 'Not from here.' });

describe('isSameOrigin', () => {
  it('accepts a post from this origin, and from browsers that send no Sec-Fetch-Site and an Origin of this host, "null" or none', () => {
    expect(isSameOrigin(post({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(post({ origin: 'http://reader.example' }))).toBe(true);
    expect(isSameOrigin(post({ origin: 'null' }))).toBe(true);
    expect(isSameOrigin(post({}))).toBe(true);
  });

  it('refuses a post from another site, a sibling subdomain (same-site is not same-origin) or a user-typed navigation', () => {
    for (const site of ['cross-site', 'same-site', 'none']) expect(isSameOrigin(post({ 'sec-fetch-site': site })), site).toBe(false);
    expect(isSameOrigin(post({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(post({ origin: 'not a url' }))).toBe(false);
  });

  it('believes Sec-Fetch-Site over Origin, since browsers set it and pages cannot', () => {
    expect(isSameOrigin(post({ 'sec-fetch-site': 'cross-site', origin: 'http://reader.example' }))).toBe(false);
  });
});

describe('readGuardedForm', () => {
  it('reads a small form', async () => {
    const { form, response } = await guard(post({}, 'choice=continue&return=%2Fstories%2Fx'));
    expect(response).toBeUndefined();
    expect(form!.get('choice')).toBe('continue');
    expect(form!.get('return')).toBe('/stories/x');
  });

  it('answers 403 from another origin without reading the body', async () => {
    const { stream, pulled } = chunkedBody(1024, 10);
    const { response } = await guard(post({ 'sec-fetch-site': 'cross-site' }, stream));
    expect(response!.status).toBe(403);
    expect(pulled.chunks).toBeLessThanOrEqual(1);
  });

  it('answers 415 to anything but a form', async () => {
    const { response } = await guard(post({ 'content-type': 'application/json' }, '{"choice":"continue"}'));
    expect(response!.status).toBe(415);
  });

  it('answers 413 to a declared length past the limit, before reading', async () => {
    const { stream, pulled } = chunkedBody(1024, 10);
    const { response } = await guard(post({ 'content-length': '40000000' }, stream));
    expect(response!.status).toBe(413);
    expect(pulled.chunks).toBeLessThanOrEqual(1);
  });

  it('answers 413 to a chunked body past the limit as soon as the limit is passed', async () => {
    const { stream, pulled } = chunkedBody(1024, 40_000);
    const { response } = await guard(post({}, stream));
    expect(response!.status).toBe(413);
    // 4 KB allowed: the fifth 1 KB chunk passes the limit, and reading stops there (a chunk or two are pulled ahead).
    expect(pulled.chunks).toBeLessThan(10);
  });
});

describe('seeOther', () => {
  it('redirects with a relative Location, never stored, with the cookie when there is one', () => {
    const response = seeOther('/stories/x#story-title', 'a=b; Path=/');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/stories/x#story-title');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBe('a=b; Path=/');
    expect(seeOther('/').headers.get('set-cookie')).toBeNull();
  });
});
