/**
 * npm start: builds when there is no build or the build does not serve the
 * code and content as they are (its record of its inputs, which build:story
 * keeps up to date: lib/release/inputs.mjs), then serves it on $HOSTNAME and $PORT (default 127.0.0.1
 * and 3000) with scripts/serve.mjs,
 * in this same process: the process npm started is the server, and SIGTERM
 * stops it gracefully (lib/http/graceful-stop.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { staleness } from '../lib/release/inputs.mjs';
import { PRELOAD, serve } from './serve.mjs';

const root = process.cwd();
const stale = existsSync(PRELOAD) ? staleness(root, path.dirname(PRELOAD)) : 'no build yet';

if (stale) {
  console.log(`Building first (${stale})…`);
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await serve([]);
