/**
 * nginx for the bench, from Debian's package: a plain one that answers every
 * request with one saved file (the yardstick: the same bytes with no
 * application at all), and the project's own cache in front of the reader
 * (deploy/nginx/start). Debian's workers run as www-data: every folder they
 * read is made readable (a 0700 temp folder makes every answer a fast 403).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startProcess } from './process';

export const nginxBinary = () => [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => candidate && existsSync(candidate));

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Serves `html` (as text/html) at every address on 127.0.0.1:port, from a
 * folder of its own in the system's temp folder: the bench's workspace is
 * private (0700), which nginx's workers could not enter.
 */
export function startPlainNginx({ html, port }: { html: string; port: number }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reader-plain-nginx-'));
  for (const sub of ['html', 'temp']) mkdirSync(path.join(dir, sub), { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(path.join(dir, 'html'), 0o755);
  writeFileSync(path.join(dir, 'html', 'page.html'), html);
  const conf = `${isRoot() ? 'user www-data;' : ''}
worker_processes auto;
daemon off;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush off;   # as deploy/nginx: the yardstick and the cache send alike
  keepalive_timeout 65s;
  client_body_temp_path temp/client_body;
  proxy_temp_path temp/proxy;
  fastcgi_temp_path temp/fastcgi;
  uwsgi_temp_path temp/uwsgi;
  scgi_temp_path temp/scgi;
  server {
    listen 127.0.0.1:${port};
    root html;
    default_type text/html;
    location / { try_files /page.html =404; }
  }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const nginx = startProcess(nginxBinary()!, ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], { cwd: dir, logFile: path.join(dir, 'nginx.log') });
  nginx.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return nginx;
}

/** The project's cache (deploy/nginx/start) on 127.0.0.1:port in front of the reader at `upstream`. */
export function startFrontNginx({ root, port, upstream, logFile }: { root: string; port: number; upstream: string; logFile: string }) {
  return startProcess(path.join(root, 'deploy', 'nginx', 'start'), [String(port), upstream], {
    cwd: root,
    env: { NGINX_BIN: nginxBinary(), NGINX_ACCESS_LOG: 'off' },
    logFile,
  });
}
