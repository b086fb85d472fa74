import { Server, type ServerResponse } from 'node:http';

/**
 * How the reader's server stops on SIGTERM (a process manager's stop) or
 * SIGINT: it stops listening (new connections are refused), lets every request
 * in flight finish, answers those with `Connection: close`, closes idle
 * keep-alive connections at once, and exits 0 once the last connection is
 * gone. A request still running after DRAIN_DEADLINE_MS is cut and the exit
 * status is 1, so a stop that lost an answer never looks clean.
 *
 * Next's own handler (start-server.js) also drains, but exits 143 (a failed
 * stop to a process manager), and sends no `Connection: close` with the answers
 * it finishes, so a proxy may reuse a socket that is about to close (a 502).
 * Installed by lib/http/preload.ts, before Next creates its server; Next is told
 * to leave the signals to us (NEXT_MANUAL_SIG_HANDLE).
 */

/** Under systemd's TimeoutStopSec (deploy/systemd/reader@.service), which then kills the group. */
export const DRAIN_DEADLINE_MS = 8_000;

const INSTALLED = Symbol.for('reader.gracefulStop');

interface Options {
  exit?: (code: number) => void;
  deadlineMs?: number;
  signals?: readonly NodeJS.Signals[];
}

/** Tracks every listening server and its open responses, and stops them all on the first signal. */
export function installGracefulStop({ exit = (code) => process.exit(code), deadlineMs = DRAIN_DEADLINE_MS, signals = ['SIGTERM', 'SIGINT'] }: Options = {}) {
  const proto = Server.prototype as Server & { [INSTALLED]?: () => void };
  if (proto[INSTALLED]) return proto[INSTALLED];
  const servers = new Set<Server>();
  const open = new Set<ServerResponse>();
  let stopping = false;

  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'listening') servers.add(this);
    if (event === 'request') track(this, args[1] as ServerResponse);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;

  function track(server: Server, response: ServerResponse) {
    if (stopping) response.shouldKeepAlive = false;
    open.add(response);
    response.once('close', () => {
      open.delete(response);
      // An answer already streaming when the stop began leaves its socket idle: close it now, not after keepAliveTimeout.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  }

  function stop() {
    if (stopping) return;
    stopping = true;
    // Answers not yet started say "Connection: close"; Node then closes their sockets after them.
    for (const response of open) if (!response.headersSent) response.shouldKeepAlive = false;
    const closed = [...servers].map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
    const deadline = setTimeout(() => {
      for (const server of servers) server.closeAllConnections();
      exit(1);
    }, deadlineMs);
    void Promise.all(closed).then(() => {
      clearTimeout(deadline);
      exit(0);
    });
  }

  process.env.NEXT_MANUAL_SIG_HANDLE = '1';
  for (const signal of signals) process.on(signal, stop);
  proto[INSTALLED] = stop;
  return stop;
}
