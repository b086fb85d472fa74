/**
 * Serves a built reader: Next's production server, with lib/http/preload.ts
 * (bundled into .next by scripts/build.ts) loaded before it, so the server's
 * headers and each page's Content-Security-Policy are in place from its first
 * request. The one way the reader is served: npm start, the browser tests, the
 * load test and the bench all use it.
 *
 *   node scripts/serve.mjs [-p PORT] [-H HOST]   (defaults: $PORT or 3000; every interface)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PRELOAD = path.join(root, '.next', 'reader-preload.mjs');
const NEXT = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The command that serves the reader: node, the preload, then Next's own server, started directly so there is one process to stop. */
export function serveCommand(args) {
  return [process.execPath, ['--import', PRELOAD, NEXT, 'start', ...args]];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(PRELOAD)) {
    console.error(`reader: ${path.relative(process.cwd(), PRELOAD)} is missing: build first ("npm run build").`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  if (!args.includes('-p') && process.env.PORT) args.push('-p', process.env.PORT);
  const [command, commandArgs] = serveCommand(args);
  const server = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
