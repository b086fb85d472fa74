import net from 'node:net';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { SETTINGS_ACTION_PATH, SETTINGS_COOKIE } from '../../lib/settings/settings';

/**
 * The two form posts (the content note's choice, the reading settings) share
 * one guard (lib/http/forms.ts): only this site's own pages may post, and the
 * body limit holds however the body arrives.
 */

const STORY = '/stories/teigen-pregnancy-loss-essay';
const FORMS: { name: string; path: string; form: Record<string, string>; cookie: string }[] = [
  { name: 'the content note’s choice', path: `${STORY}/content-note`, form: { choice: 'continue', return: STORY }, cookie: CONTENT_NOTE_COOKIE },
  { name: 'the reading settings', path: SETTINGS_ACTION_PATH, form: { size: 'large', return: '/' }, cookie: SETTINGS_COOKIE },
];

const MEGABYTE = Buffer.alloc(1 << 20, 0x61);
const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]);

/**
 * Posts `megabytes` of form body in chunks (Transfer-Encoding: chunked, no
 * Content-Length) over a raw socket, as fast as it takes them, until the
 * server's status line arrives. The server may close the connection while the
 * body is still going out: that is the point, so a write error after the answer is expected.
 */
function postChunked(baseURL: string, path: string, megabytes: number): Promise<{ status: number; elapsedMs: number; sentBytes: number }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let sentBytes = 0;
    let received = '';
    let status: number | undefined;
    const socket = net.connect(Number(url.port), url.hostname);
    socket.on('data', (data) => {
      received += data.toString('latin1');
      const line = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (line && status === undefined) {
        status = Number(line[1]);
        resolve({ status, elapsedMs: performance.now() - started, sentBytes });
        socket.destroy();
      }
    });
    socket.on('error', (error) => {
      if (status === undefined) reject(error);
    });
    socket.on('close', () => {
      if (status === undefined) reject(new Error(`connection closed without an answer after ${sentBytes} bytes`));
    });
    const pump = () => {
      while (status === undefined && !socket.destroyed && sentBytes < megabytes * MEGABYTE.length) {
        sentBytes += MEGABYTE.length;
        if (!socket.write(chunk(MEGABYTE))) return void socket.once('drain', pump);
      }
      if (status === undefined && !socket.destroyed) socket.write('0\r\n\r\n');
    };
    socket.on('connect', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          'Transfer-Encoding: chunked\r\nSec-Fetch-Site: same-origin\r\n\r\n',
      );
      pump();
    });
  });
}

for (const { name, path, form, cookie } of FORMS) {
  test.describe(`posting ${name}`, () => {
    test('from another site, or from a sibling site, is refused with 403 and sets no cookie', async ({ request }) => {
      const elsewhere: Record<string, string>[] = [{ 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, { Origin: 'https://evil.example' }];
      for (const headers of elsewhere) {
        const response = await request.post(path, { form, headers, maxRedirects: 0 });
        expect(response.status(), JSON.stringify(headers)).toBe(403);
        expect(response.headers()['set-cookie'], JSON.stringify(headers)).toBeUndefined();
      }
    });

    test('from this site is accepted with a 303 that sets the cookie', async ({ request }) => {
      const response = await request.post(path, { form, headers: { 'Sec-Fetch-Site': 'same-origin' }, maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers()['set-cookie']).toMatch(new RegExp(`^${cookie}=`));
    });

    test('a 40 MB chunked body is refused with 413 in under a second, long before it is sent, and the server keeps answering', async ({ request, baseURL }) => {
      const result = await postChunked(baseURL!, path, 40);
      expect(result.status).toBe(413);
      // The answer comes after the first few megabytes the socket buffers, not after the body.
      expect(result.sentBytes, `${result.sentBytes} bytes sent before the answer`).toBeLessThan(20 * MEGABYTE.length);
      expect(result.elapsedMs, `answered after ${Math.round(result.elapsedMs)} ms`).toBeLessThan(1000);
      expect((await request.get('/')).status()).toBe(200);
      const again = await request.post(path, { form, headers: { 'Sec-Fetch-Site': 'same-origin' }, maxRedirects: 0 });
      expect(again.status()).toBe(303);
    });
  });
}
