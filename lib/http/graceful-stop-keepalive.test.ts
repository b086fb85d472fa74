import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installGracefulStop } from '@/lib/http/graceful-stop';

/**
 * The stop and a kept-alive connection, on a plain Node server in this process
 * (a file of its own: the stop is installed once per process). No signal
 * handlers: the stop is called directly, and exit is recorded.
 */
describe('installGracefulStop', () => {
  it('answers a request written on an idle keep-alive connection just as the stop begins, with Connection: close, and exits 0', async () => {
    let stop: () => void = () => {};
    const exited = new Promise<number>((resolve) => {
      stop = installGracefulStop({ exit: resolve, deadlineMs: 5_000, signals: [] });
    });
    const server = createServer((request, response) => response.end(`answer to ${request.url}`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const client = connect(port, '127.0.0.1');
    let received = '';
    client.setEncoding('utf8');
    const receivedUntil = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => received.includes(text) && (client.off('data', check), resolve());
        client.on('data', check);
        check();
      });
    client.on('data', (chunk: string) => (received += chunk));
    const ended = new Promise<string>((resolve) => {
      client.once('end', () => resolve('end'));
      client.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
    });
    client.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\n');
    await receivedUntil('answer to /first');

    // The connection is idle. The next request is in the server's socket before the server can
    // read it (this thread is the server's): what a proxy reusing the connection does at the
    // moment the process manager's SIGTERM arrives.
    client.write('GET /second HTTP/1.1\r\nHost: x\r\n\r\n');
    stop();

    expect(await ended, 'the connection ended by the server after its answer, not reset').toBe('end');
    const second = received.slice(received.indexOf('answer to /first') + 'answer to /first'.length);
    expect(second).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(second).toMatch(/\r\nConnection: close\r\n/i);
    expect(second).toContain('answer to /second');
    expect(await exited).toBe(0);
  });
});
