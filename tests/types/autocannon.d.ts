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
  }
  export default function autocannon(options: Options): Run;
}
