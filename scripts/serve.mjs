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
const preloadOf = (project) => path.join(project, '.next', 'reader-preload.mjs');
export const PRELOAD = preloadOf(root);

/**
 * The command that serves the reader in `project` (this checkout by default):
 * node, the preload, then Next's own server, started directly so there is one
 * process to stop. Run it with `project` as the working directory.
 */
export function serveCommand(args, project = root) {
  return [process.execPath, ['--import', preloadOf(project), path.join(project, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', ...args]];
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
