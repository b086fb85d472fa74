import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { load, readerMix, startBurners } from '../support/reader-load';
import { serveCommand } from '../support/serve';

/**
 * A mixed load while other processes keep both cores busy, as on the day two
 * answers of 500 came back from the content note (the server proxied its gate
 * to itself, and a reused connection was reset). Bounded and small: 10 s at 50
 * connections, on a server of its own whose log is printed if anything fails.
 * It runs after the rest of the browser suite (playwright.config.ts), which
 * its busy cores would otherwise slow down.
 */

const SLUG = 'teigen-pregnancy-loss-essay';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

test('under a mixed load at 50 connections, with both cores kept busy, every answer comes back, and none is a 5xx', async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const [command, args] = serveCommand(['-p', String(port), '-H', '127.0.0.1']);
  const server: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(async () => (await fetch(`${base}/`).catch(() => undefined))?.status, { timeout: 30_000, message: `the server did not start:\n${log}` }).toBe(200);
    const stopBurners = startBurners(2);
    let result;
    try {
      result = await load({ url: `${base}/`, connections: 50, seconds: 10, requests: readerMix({ slug: SLUG, source: 'heart', noteCookie: `${CONTENT_NOTE_COOKIE}=${SLUG}` }) });
    } finally {
      stopBurners();
    }
    const report = `answers by request: ${JSON.stringify(result.byRequest, null, 1)}\nserver log:\n${log.split('\n').slice(-60).join('\n')}`;
    expect(result.requests, report).toBeGreaterThan(100);
    expect({ serverErrors: result.serverErrors, resetsAndOtherErrors: result.errors, timeouts: result.timeouts }, report).toEqual({ serverErrors: 0, resetsAndOtherErrors: 0, timeouts: 0 });
    expect(log, 'the server logged no failure').not.toMatch(/Failed to proxy|ECONNRESET|⨯/);
  } finally {
    server.kill('SIGTERM');
  }
});
