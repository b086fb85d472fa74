/**
 * A reader's mix of requests, under bounded load, on loopback only: shared by
 * the bench (npm run bench) and the contended load test of npm test
 * (tests/browser/load.spec.ts). Every load has a fixed duration and stops by
 * itself; answers are counted per request, so a 5xx can be traced to its path.
 */
import { spawn } from 'node:child_process';
import autocannon, { type Client } from 'autocannon';

/** The story a reader's requests are made of: its slug, one archived article, and the cookie of a reader past its note. */
export interface Story {
  slug: string;
  source: string;
  noteCookie: string;
}

/** One request of a load: a path on the server, and how to ask for it. */
export interface LoadRequest {
  path: string;
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  errors: number;
  /** Connection errors by their code (ECONNRESET, EPIPE, …). */
  errorsByCode: Record<string, number>;
  timeouts: number;
  non2xx: number;
  serverErrors: number;
  statuses: Record<string, number>;
  bytesPerSec: number;
  byRequest?: Record<string, number>;
}

const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

/** Every request a reader makes of one story, by name: what each load below is mixed from. */
export function readerRequests({ slug, source, noteCookie }: Story) {
  const story = `/stories/${slug}`;
  const passed = { Cookie: noteCookie };
  const form = (body: string) => ({ method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' } });
  return {
    note: { path: story },
    story: { path: story, headers: passed },
    sources: { path: `${story}/sources`, headers: passed },
    articleNote: { path: `${story}/sources/${source}` },
    article: { path: `${story}/sources/${source}`, headers: passed },
    summary: { path: `${story}/summary` },
    citations: { path: `${story}/citations.json` },
    settingsStylesheet: { path: '/reader-settings.css', headers: { Cookie: 'reader-settings=size%3Dlarge' } },
    settingsPage: { path: '/settings' },
    saveSettings: { path: '/settings/save', ...form('size=large&return=%2F') },
    passNote: { path: `${story}/content-note`, ...form(`choice=continue&return=${encodeURIComponent(story)}`) },
    missing: { path: '/no-such-page' },
  };
}

/**
 * What readers do, in one list: first visits (the content note) and returning
 * readers (the story, an archived article), the summary and the export, the two
 * form posts (settings saved, the note passed), a page that does not exist.
 */
export function readerMix(story: Story): LoadRequest[] {
  const r = readerRequests(story);
  return [r.note, r.story, r.articleNote, r.article, r.summary, r.citations, r.settingsStylesheet, r.saveSettings, r.passNote, r.missing];
}

/** Keeps `count` cores busy (a loop each, in processes of their own) until stopped. */
export function startBurners(count: number) {
  const burners = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return () => {
    for (const burner of burners) burner.kill('SIGKILL');
  };
}

/**
 * Makes an autocannon connection behave as an HTTP/1.1 client must: after an answer that
 * says "Connection: close", its next request goes out on a new connection (RFC 9112 §9.6:
 * a client that receives "close" sends no further requests on that connection). autocannon
 * 8 writes it on the closing socket: nginx says "close" on a client connection's 1,000th
 * answer (keepalive_requests), and the request written after it was either lost without a
 * count (nginx's FIN came first) or counted as a connection error (ECONNRESET: it reached
 * nginx before nginx closed, and a close with unread data is a reset). Browsers honour
 * "close"; only the load generator did not. Pinned by reader-load.test.ts, since it
 * relies on the client's `_doRequest` and `_resetConnection`.
 */
function honourConnectionClose(client: Client) {
  let closing = false;
  client.on('headers', (info) => (closing = info.shouldKeepAlive === false));
  const doRequest = client._doRequest;
  client._doRequest = function (this: Client, ...args: unknown[]) {
    if (!closing) return doRequest.apply(this, args);
    closing = false;
    // Drops the socket and connects anew; the new socket's first request is this one.
    return this._resetConnection();
  };
}

/**
 * A load on `url` for `seconds`, or, given `until` (a promise), from now until it settles
 * (`seconds` then only bounds it). `overallRate` caps the requests per second, all connections together.
 */
export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  requests?: LoadRequest[];
  timeoutSeconds?: number;
  until?: Promise<unknown>;
  overallRate?: number;
}

/** How many answers had a status of `least` or more, from a load's counts by status. */
export const answersFrom = (statuses: Record<string, number>, least: number) =>
  Object.entries(statuses).filter(([status]) => Number(status) >= least).reduce((n, [, count]) => n + count, 0);

export async function load({ url, connections, seconds, headers = {}, requests, timeoutSeconds = 10, until, overallRate }: LoadOptions): Promise<LoadResult> {
  // This workplace allows load only against this machine.
  if (!LOOPBACK.test(url)) throw new Error(`refusing to load ${url}: loopback addresses only`);
  const byRequest: Record<string, number> = {};
  const counted = requests?.map((request) => ({
    ...request,
    onResponse: (status: number) => {
      const key = `${request.method ?? 'GET'} ${request.path}${request.headers?.Cookie ? ' (cookie)' : ''} → ${status}`;
      byRequest[key] = (byRequest[key] ?? 0) + 1;
    },
  }));
  const run = autocannon({ url, connections, duration: seconds, headers, requests: counted, timeout: timeoutSeconds, setupClient: honourConnectionClose, ...(overallRate ? { overallRate } : {}) });
  // Each connection error by its code (ECONNRESET, EPIPE, …), so a failure says what it was.
  const errorsByCode: Record<string, number> = {};
  run.on('reqError', (error: NodeJS.ErrnoException) => {
    const code = error.code ?? error.message;
    errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
  });
  until?.then(() => run.stop(), () => run.stop());
  const result = await run;
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  const completed = Object.values(statuses).reduce((a, b) => a + b, 0);
  const serverErrors = answersFrom(statuses, 500);
  return {
    connections,
    seconds: result.duration,
    requests: completed,
    reqPerSec: completed / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    errorsByCode,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors,
    statuses,
    bytesPerSec: result.throughput.average,
    ...(requests ? { byRequest } : {}),
  };
}
