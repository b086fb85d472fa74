import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { groupAlive } from '../support/instances';

/**
 * `npm start`'s server (`node scripts/start.mjs`, what the script runs) stopped
 * as a process manager stops it: SIGTERM to its whole process group (systemd's
 * KillMode=control-group). npm itself is left out: once its child has exited
 * it re-raises the signal it got, so its own status is always "killed by
 * SIGTERM" (which systemd counts as clean; the units run node directly).
 * No browser: raw sockets,
 * so the test sees exactly what the server does with each connection. Runs on
 * the build npm test has just made (a stale build would be rebuilt first, as
 * npm start does).
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STOP_WITHIN_MS = 10_000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A socket that collects what it receives, with a promise per awaited text. */
function openSocket(port: number) {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  const until = (predicate: (text: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => predicate(received) && (socket.off('data', check), resolve(received));
      socket.on('data', check);
      socket.once('error', reject);
      check();
    });
  return { socket, until, received: () => received };
}

const endedByServer = (socket: Socket) => new Promise<void>((resolve) => socket.once('end', () => resolve()));

const refused = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve('connected')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
  });

test('the npm start server on SIGTERM finishes the request in flight, lets the idle keep-alive connection end at its keep-alive timeout, refuses new ones, and exits 0 with every process it started within 10 s', async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/start.mjs'], { detached: true, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const exited = once(server, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/robots.txt`).catch(() => undefined))?.status, { timeout: 60_000, message: `the server did not serve:\n${log}` }).toBe(200);

    // A request in flight: the server has taken it (its "100 Continue" says so) and waits for the body.
    const body = `choice=continue&return=${encodeURIComponent(`/stories/${SLUG}`)}`;
    const inFlight = openSocket(port);
    inFlight.socket.write(
      `POST /stories/${SLUG}/content-note HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
        `Sec-Fetch-Site: same-origin\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n`,
    );
    await inFlight.until((text) => text.startsWith('HTTP/1.1 100 Continue'));
    const inFlightClosed = endedByServer(inFlight.socket);

    // An idle keep-alive connection: one answer received, nothing asked since. The stop leaves it
    // open (a request may be on its way: lib/http/graceful-stop.ts); Node's 5 s keep-alive timeout
    // ends it, within the 10 s.
    const idle = openSocket(port);
    idle.socket.write(`GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await idle.until((text) => text.endsWith('\r\n0\r\n\r\n')); // robots.txt comes chunked: its end is the last chunk
    const idleClosed = endedByServer(idle.socket);

    const stoppedAt = Date.now();
    process.kill(-server.pid!, 'SIGTERM');
    await idleClosed;
    // While the request in flight is still held: a new connection is refused.
    await expect.poll(() => refused(port), { message: 'a new connection once the stop has begun', timeout: STOP_WITHIN_MS }).toBe('ECONNREFUSED');

    inFlight.socket.write(body);
    const answer = await inFlight.until((text) => /\r\n\r\nHTTP\/1\.1 \d{3}[\s\S]*\r\n\r\n/.test(text));
    const [, head] = answer.split(/\r\n\r\n/);
    expect(head, 'the request in flight gets its whole answer').toMatch(/^HTTP\/1\.1 303 /);
    expect(head).toMatch(new RegExp(`\\r\\nset-cookie: ${CONTENT_NOTE_COOKIE}=${SLUG};`, 'i'));
    expect(head, 'and is told the connection closes').toMatch(/\r\nconnection: close\r\n/i);
    await inFlightClosed;

    const [code, signal] = await exited;
    await expect.poll(() => groupAlive(server.pid!), { timeout: STOP_WITHIN_MS, message: 'a process of the group outlived the server' }).toBe(false);
    expect({ code, signal }, log).toEqual({ code: 0, signal: null });
    expect(Date.now() - stoppedAt).toBeLessThan(STOP_WITHIN_MS);
  } finally {
    if (groupAlive(server.pid!)) process.kill(-server.pid!, 'SIGKILL');
  }
});
