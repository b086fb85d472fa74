/**
 * What each engine refuses under the site's Content-Security-Policy, as the
 * engine itself reports it. The engines are pointed at this small proxy in
 * front of the server, which passes everything through and only adds
 * `report-uri` to each policy (it changes nothing the policy allows), then
 * keeps the reports the engine sends. WebDriver cannot watch a page from
 * before its first script (no init scripts in WebKit's), but reports cover
 * every refusal from the first byte, in both engines alike.
 *
 * It also sets and clears cookies for WebKit, as the server does, with
 * Set-Cookie: WebKitWebDriver's own cookie commands now and then wait out
 * their 30 s timeout for a navigation that has already finished.
 */
import http from 'node:http';

export const REPORT_PATH = '/__csp-reports';
/** `?name=…&value=…` sets a cookie (HttpOnly, SameSite=Lax, as the site's are); `?clear` removes every cookie the request carries. */
export const COOKIE_PATH = '/__cookies';

export interface CspReport {
  directive: string;
  blocked: string;
  page: string;
}

export interface ReportingProxy {
  origin: string;
  /** Reports received so far, oldest first. */
  reports: CspReport[];
  close(): Promise<void>;
}

function record(request: http.IncomingMessage, reports: CspReport[], response: http.ServerResponse) {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const report = (JSON.parse(body) as { 'csp-report': Record<string, string> })['csp-report'];
    reports.push({ directive: report['effective-directive'] ?? report['violated-directive']!, blocked: report['blocked-uri']!, page: report['document-uri']! });
    response.writeHead(204).end();
  });
}

function setCookies(request: http.IncomingMessage, response: http.ServerResponse) {
  const query = new URL(request.url!, 'http://proxy.test').searchParams;
  const names = (request.headers.cookie ?? '').split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean);
  const cookies = query.has('clear')
    ? names.map((name) => `${name}=; Path=/; Max-Age=0`)
    : [`${query.get('name')}=${query.get('value')}; Path=/; HttpOnly; SameSite=Lax`];
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': cookies, 'cache-control': 'no-store' });
  response.end('<!doctype html><title>Cookies set</title>');
}

export function startReportingProxy(port: number, target: string): Promise<ReportingProxy> {
  const reports: CspReport[] = [];
  const upstream = new URL(target);
  const server = http.createServer((request, response) => {
    if (request.method === 'POST' && request.url === REPORT_PATH) return record(request, reports, response);
    if (request.method === 'GET' && request.url!.startsWith(`${COOKIE_PATH}?`)) return setCookies(request, response);
    const forwarded = http.request(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        const headers = { ...answer.headers };
        const policy = headers['content-security-policy'];
        if (typeof policy === 'string') headers['content-security-policy'] = `${policy}; report-uri ${REPORT_PATH}`;
        response.writeHead(answer.statusCode!, headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', (error) => response.destroy(error));
    request.pipe(forwarded);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        reports,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // The engines keep their connections open; they need not be waited for.
            server.closeAllConnections();
          }),
      }),
    );
  });
}
