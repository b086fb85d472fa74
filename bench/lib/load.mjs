/** Bounded loopback load with autocannon: every run has a fixed duration and stops by itself. */
import autocannon from 'autocannon';

const LOOPBACK = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

export async function load({ url, connections, seconds, headers = {}, requests, timeoutSeconds = 10 }) {
  // This workplace allows load only against this machine.
  if (!LOOPBACK.test(url)) throw new Error(`refusing to load ${url}: loopback addresses only`);
  // With a request mix, count the answers per request so a 5xx can be traced to its path.
  const byRequest = {};
  const counted = requests?.map((request) => ({
    ...request,
    onResponse: (status) => {
      const key = `${request.method ?? 'GET'} ${request.path}${request.headers?.Cookie ? ' (cookie)' : ''} → ${status}`;
      byRequest[key] = (byRequest[key] ?? 0) + 1;
    },
  }));
  const result = await autocannon({ url, connections, duration: seconds, headers, requests: counted, timeout: timeoutSeconds });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  const completed = Object.values(statuses).reduce((a, b) => a + b, 0);
  const serverErrors = Object.entries(statuses).filter(([code]) => Number(code) >= 500).reduce((n, [, c]) => n + c, 0);
  return {
    connections,
    seconds: result.duration,
    requests: completed,
    reqPerSec: completed / result.duration,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors,
    statuses,
    bytesPerSec: result.throughput.average,
    ...(requests ? { byRequest } : {}),
  };
}
