// @ts-check
/**
 * Serves a built reader: Next's production server, with lib/release/server-preload.ts
 * (bundled into .next by scripts/build.ts) loaded before it, so the server's
 * headers, each page's Content-Security-Policy and the graceful stop are in
 * place from its first request. The one way the reader is served: npm start,
 * the browser tests, the load test, the bench and the systemd units all use it.
 *
 *   node scripts/serve.mjs [-p PORT] [-H HOST]   (defaults: $PORT or 3000; $HOSTNAME or 127.0.0.1)
 *
 * It listens on this machine only unless told otherwise: a reader on another
 * machine reaches it through the cache in front (deploy/nginx), or with
 * HOSTNAME=0.0.0.0 (every interface). It says where it listens. Next's
 * telemetry is off: the reader makes no request of its own to anyone.
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
/** Where the server listens when neither -H nor HOSTNAME says: this machine only. */
const DEFAULT_HOST = '127.0.0.1';

/**
 * `next start`'s arguments: the port from -p, else $PORT, else 3000; the host
 * from -H, else $HOSTNAME, else this machine only. Next itself would listen on
 * every interface whatever HOSTNAME says.
 * @param {string[]} args
 * @param {Record<string, string | undefined>} env
 * @returns {{ startArgs: string[], host: string, port: string }}
 */
export function listenArgs(args, env) {
  const port = args.includes('-p') ? [] : ['-p', env.PORT || '3000'];
  const host = args.includes('-H') ? [] : ['-H', env.HOSTNAME || DEFAULT_HOST];
  const startArgs = [...args, ...port, ...host];
  /** @param {string} flag */
  const at = (flag) => /** @type {string} */ (startArgs[startArgs.indexOf(flag) + 1]);
  return { startArgs, host: at('-H'), port: at('-p') };
}

/**
 * Serves this checkout's build in this process: the preload first, then `next start` with `args`.
 * @param {string[]} args
 */
export async function serve(args) {
  if (!existsSync(PRELOAD)) {
    console.error(`reader: ${path.relative(process.cwd(), PRELOAD)} is missing: build first ("npm run build").`);
    process.exit(1);
  }
  const { startArgs, host, port } = listenArgs(args, process.env);
  console.log(`reader: listening on ${host} port ${port} (${host === DEFAULT_HOST ? 'this machine only; HOSTNAME=0.0.0.0 for every interface' : 'from -H or HOSTNAME'})`);
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.chdir(root);
  await import(pathToFileURL(PRELOAD).href);
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  // Next's CLI reads its command from process.argv, as if started as `next start …`.
  process.argv = [process.execPath, next, 'start', ...startArgs];
  await import(pathToFileURL(next).href);
}

if (process.argv[1] === self) await serve(process.argv.slice(2));
