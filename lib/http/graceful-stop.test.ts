import { createServer } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installGracefulStop } from '@/lib/http/graceful-stop';

/**
 * The stop's deadline, on a plain Node server in this process (the whole stop
 * of the real server, ending in exit 0, is tests/browser/graceful-stop.spec.ts).
 * No signal handlers: the stop is called directly, and exit is recorded.
 */
describe('installGracefulStop', () => {
  it('cuts a request still running at the deadline and exits 1, after refusing new connections', async () => {
    let stop: () => void = () => {};
    const exited = new Promise<number>((resolve) => {
      stop = installGracefulStop({ exit: resolve, deadlineMs: 300, signals: [] });
    });
    const server = createServer(() => {
      // Never answers: a request that outlives the deadline.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const held = connect(port, '127.0.0.1');
    const heldClosed = new Promise<void>((resolve) => held.once('close', () => resolve()));
    held.write(`GET / HTTP/1.1\r\nHost: x\r\n\r\n`);
    await new Promise<void>((resolve) => server.once('request', () => resolve()));

    stop();
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve('connected')));
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? ''));
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(await exited, 'the request never finished: the deadline, not the drain, ended the stop').toBe(1);
    await heldClosed;
  });
});
