// @ts-check
/**
 * Serves a built reader: Next's production server, with lib/release/server-preload.ts
 * (bundled into .next by scripts/build.ts) loaded before it, so the server's
 * headers, each page's Content-Security-Policy and the graceful stop are in
 * place from its first request. The one way the reader is served: npm start,
 * the browser tests, the load test, the bench and the systemd units all use it.
 *
 *   node scripts/serve.mjs [-p PORT] [-H HOST]   (defaults: $PORT or 3000; every interface)
 *
 * One process: the preload and Next's CLI run in this one (Node 20 has no exec),
 * so a process manager's SIGTERM reaches the server itself, and nothing is left
 * behind when it exits.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
/** The server preload the build bundles (PRELOAD_FILE, lib/release/finish.ts) into Next's build folder (NEXT_DIR, lib/release/next-layout.ts). */
export const PRELOAD = path.join(root, '.next', 'reader-preload.mjs');

/**
 * Serves this checkout's build in this process: the preload first, then `next start` with `args`.
 * @param {string[]} args
 */
export async function serve(args) {
  if (!existsSync(PRELOAD)) {
    console.error(`reader: ${path.relative(process.cwd(), PRELOAD)} is missing: build first ("npm run build").`);
    process.exit(1);
  }
  const startArgs = [...args];
  if (!startArgs.includes('-p') && process.env.PORT) startArgs.push('-p', process.env.PORT);
  process.chdir(root);
  await import(pathToFileURL(PRELOAD).href);
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  // Next's CLI reads its command from process.argv, as if started as `next start …`.
  process.argv = [process.execPath, next, 'start', ...startArgs];
  await import(pathToFileURL(next).href);
}

if (process.argv[1] === self) await serve(process.argv.slice(2));
