/** Types of reader-load.mjs, for the TypeScript tests that use it. */
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
  errorsByCode: Record<string, number>;
  timeouts: number;
  non2xx: number;
  serverErrors: number;
  statuses: Record<string, number>;
  bytesPerSec: number;
  byRequest?: Record<string, number>;
}
export function readerMix(story: { slug: string; source: string; noteCookie: string }): LoadRequest[];
export function startBurners(count: number): () => void;
export function load(options: { url: string; connections: number; seconds: number; headers?: Record<string, string>; requests?: LoadRequest[]; timeoutSeconds?: number; until?: Promise<unknown>; overallRate?: number }): Promise<LoadResult>;
