import net from 'node:net';

/**
 * HTTP/1.1 by hand over a socket, for the security and hostile-input tests:
 * fetch and Playwright's request normalise what they send (they resolve "..",
 * re-encode bytes, refuse some methods and headers) and merge what they
 * receive (duplicate headers). Here the request line goes out byte for byte.
 */

export interface RawRequest {
  method?: string;
  /** The request target exactly as sent; a Buffer may hold bytes that are not UTF-8. */
  target: string | Buffer;
  headers?: [string, string | Buffer][];
  body?: string | Buffer;
  /** Leave out the Host header (the rest of the defaults stay). */
  noHost?: boolean;
}

export interface RawResponse {
  /** Undefined when the server closed the connection without a status line. */
  status?: number;
  /** Header names lower-cased, in order, duplicates kept. */
  headers: [string, string][];
  body: Buffer;
  /** Why the connection ended early, when it did (ECONNRESET, EPIPE, timeout). */
  socketError?: string;
  bytesSent: number;
}

const bytes = (value: string | Buffer) => (typeof value === 'string' ? Buffer.from(value, 'latin1') : value);

export function encodeRequest(base: URL, request: RawRequest): Buffer {
  const lines: Buffer[] = [bytes(`${request.method ?? 'GET'} `), bytes(request.target), bytes(' HTTP/1.1\r\n')];
  if (!request.noHost) lines.push(bytes(`Host: ${base.host}\r\n`));
  for (const [name, value] of request.headers ?? []) lines.push(bytes(`${name}: `), bytes(value), bytes('\r\n'));
  const body = request.body === undefined ? undefined : bytes(request.body);
  if (body) lines.push(bytes(`Content-Length: ${body.length}\r\n`));
  lines.push(bytes('Connection: close\r\n\r\n'));
  if (body) lines.push(body);
  return Buffer.concat(lines);
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

export function parseResponse(data: Buffer): Omit<RawResponse, 'socketError' | 'bytesSent'> {
  const headEnd = data.indexOf('\r\n\r\n');
  const head = data.subarray(0, headEnd < 0 ? data.length : headEnd).toString('latin1');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers = lines
    .map((line) => line.indexOf(':') > 0 ? [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as [string, string] : undefined)
    .filter((h): h is [string, string] => h !== undefined);
  let body = headEnd < 0 ? Buffer.alloc(0) : data.subarray(headEnd + 4);
  if (headers.some(([name, value]) => name === 'transfer-encoding' && /chunked/i.test(value))) body = dechunk(body);
  return { status: status ? Number(status) : undefined, headers, body };
}

export function rawRequest(baseURL: string, request: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
  const base = new URL(baseURL);
  const payload = encodeRequest(base, request);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let socketError: string | undefined;
    const socket = net.connect({ host: base.hostname, port: Number(base.port) });
    const timer = setTimeout(() => {
      socketError = `no complete answer within ${timeoutMs} ms`;
      socket.destroy();
    }, timeoutMs);
    socket.on('connect', () => socket.write(payload));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      socketError ??= error.code ?? error.message;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ ...parseResponse(Buffer.concat(chunks)), socketError, bytesSent: payload.length });
    });
  });
}

export const header = (response: RawResponse, name: string) =>
  response.headers.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);

/** Runs `tasks` with at most `limit` at a time, results in order. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
