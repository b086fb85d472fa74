import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_NAME, SITE_URL } from '../view/site';
import { BASELINE_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY } from '../http/security-headers';

/**
 * What the cache in front (deploy/nginx) takes from the build, written by
 * the build (lib/release/finish.ts) into .next/nginx/ so it cannot drift from the app:
 *  - offline.html: the site's own page for a request no instance could answer
 *    (every instance down, or a POST whose instance died under it): plain
 *    HTML, no script, no style sheet (there is no server to fetch one from);
 *  - offline-headers.conf: the headers that page goes out with, the site's
 *    security headers (lib/http/security-headers.ts) as nginx add_header lines;
 *  - site-host.conf: the host the pages were built for (READER_SITE_URL). The
 *    cache keys on it and sends it to the instances, whatever Host or
 *    X-Forwarded-Host a request carries, so no request can split or poison
 *    the cache for other readers.
 */

export const NGINX_FILES_DIR = 'nginx';

/** How soon a reader (or a crawler) may try again: a restart takes seconds, an outage longer. */
export const OFFLINE_RETRY_AFTER_SECONDS = 30;

export function offlinePageHtml(siteName = SITE_NAME): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Briefly unavailable – ${siteName}</title>
</head>
<body>
<main>
<h1>${siteName} is briefly unavailable</h1>
<p>The site could not answer this request just now. Please try again in a minute.</p>
<p>If you were saving your reading settings or passing a content note, that choice may not have been saved: go back and send it again.</p>
</main>
</body>
</html>
`;
}

/** A value nginx reads literally inside double quotes: no quote, backslash or $ (a variable). */
function nginxString(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} as an nginx string`);
  return `"${value}"`;
}

export function offlineHeaders(): [name: string, value: string][] {
  return [
    ...BASELINE_SECURITY_HEADERS.map(([name, value]) => [name, value] as [string, string]),
    ['Content-Security-Policy', STATIC_CONTENT_SECURITY_POLICY],
    ['Cache-Control', 'no-store'],
    ['Retry-After', String(OFFLINE_RETRY_AFTER_SECONDS)],
  ];
}

export function offlineHeadersConf(headers = offlineHeaders()): string {
  // "always": nginx adds headers to error answers (this page goes out as a 503) only with it.
  return headers.map(([name, value]) => `add_header ${name} ${nginxString(value)} always;\n`).join('');
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

export function siteHostConf(site: URL = SITE_URL): string {
  if (!HOST.test(site.host)) throw new Error(`the site's host ${JSON.stringify(site.host)} is not a plain host[:port]`);
  return `set $site_host ${nginxString(site.host)};\n`;
}

/** Writes the three files into `nextDir`/nginx; returns that folder. */
export function writeNginxFiles(nextDir: string): string {
  const dir = path.join(nextDir, NGINX_FILES_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'offline.html'), offlinePageHtml());
  writeFileSync(path.join(dir, 'offline-headers.conf'), offlineHeadersConf());
  writeFileSync(path.join(dir, 'site-host.conf'), siteHostConf());
  return dir;
}
