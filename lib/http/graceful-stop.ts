import { Server, type ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * How the reader's server stops on SIGTERM (a process manager's stop) or
 * SIGINT: it stops listening (new connections are refused), lets every request
 * in flight finish, answers those with `Connection: close`, and exits 0 once
 * the last connection is gone. A request still running after DRAIN_DEADLINE_MS
 * is cut and the exit status is 1, so a stop that lost an answer never looks
 * clean.
 *
 * Idle keep-alive connections are not closed by the stop: their client may be
 * writing a request on one at that very moment (traced behind deploy/nginx:
 * nginx sent a request 0.14 ms after the previous answer, the stop found the
 * socket idle since the request was not read yet, and the close reset it). So
 * a request that arrives on one is answered, with `Connection: close`, and the
 * rest end as they do in service: their client closes them (nginx after 4 s
 * idle) or Node's keep-alive timeout does (5 s), never while a request may be
 * on its way. Node's own `http.Server.close()` closes them at once, so the
 * listener is closed with `net.Server`'s.
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
    if (event === 'request') track(args[1] as ServerResponse);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;

  function track(response: ServerResponse) {
    if (stopping) response.shouldKeepAlive = false;
    open.add(response);
    response.once('close', () => open.delete(response));
  }

  function stop() {
    if (stopping) return;
    stopping = true;
    // Answers not yet started say "Connection: close"; Node then closes their sockets after them.
    for (const response of open) if (!response.headersSent) response.shouldKeepAlive = false;
    // Stops listening; 'close' comes once every connection has ended (see above for the idle ones).
    const closed = [...servers].map((server) => new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve())));
    const deadline = setTimeout(() => {
      // Exit 1 only if an answer was cut; an idle connection left at the deadline lost nothing.
      const cut = open.size > 0;
      for (const server of servers) server.closeAllConnections();
      exit(cut ? 1 : 0);
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
