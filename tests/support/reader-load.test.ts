import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { load } from './reader-load';

/**
 * The load generator of the bench and of the restart and load tests, against a
 * plain Node server in this process.
 */
describe('load', () => {
  it('sends no request on a connection whose answer said "Connection: close": every answer is 200 and no connection fails', async () => {
    const wanted = 600;
    let served = 0;
    let reached: () => void = () => {};
    const enough = new Promise<void>((resolve) => (reached = resolve));
    const server = createServer((_request, response) => {
      if (++served === wanted) reached();
      response.end('ok');
    });
    // Node says "Connection: close" with each connection's third answer, and answers 503 to any
    // request sent on that connection after it (as nginx does with keepalive_requests, but
    // every time, not in a race): a client that ignores "close" gets 503s here.
    server.maxRequestsPerSocket = 3;
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const result = await load({ url: `http://127.0.0.1:${port}/`, connections: 4, seconds: 20, until: enough });
      expect({ statuses: result.statuses, errors: result.errorsByCode }).toEqual({ statuses: { 200: result.requests }, errors: {} });
      expect(result.requests).toBeGreaterThanOrEqual(wanted);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
