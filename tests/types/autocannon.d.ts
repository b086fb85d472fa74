/** The part of autocannon the reader's load uses (tests/support/reader-load.ts): it ships no type declarations. */
declare module 'autocannon' {
  interface Request {
    path: string;
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    onResponse?: (status: number) => void;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
    requests?: Request[];
    timeout?: number;
    overallRate?: number;
    /** Called with each connection's client as it is made. */
    setupClient?: (client: Client) => void;
  }
  /** A connection's client: the internals reader-load.ts reaches into are pinned by its test. */
  export interface Client {
    on(event: 'headers', listener: (info: { shouldKeepAlive?: boolean }) => void): void;
    _doRequest(...args: unknown[]): unknown;
    _resetConnection(): unknown;
  }
  interface Result {
    duration: number;
    latency: { p50: number; p99: number; max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
    throughput: { average: number };
  }
  /** A running load: awaited, its result; stopped early, the result so far. */
  interface Run extends PromiseLike<Result> {
    stop(): void;
    on(event: 'reqError', listener: (error: NodeJS.ErrnoException) => void): void;
  }
  export default function autocannon(options: Options): Run;
}
