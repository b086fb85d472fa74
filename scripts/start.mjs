/**
 * npm start: builds when there is no build or the build is older than the
 * code or content, then serves it on $HOSTNAME and $PORT (default 127.0.0.1
 * and 3000) with scripts/serve.mjs,
 * in this same process: the process npm started is the server, and SIGTERM
 * stops it gracefully (lib/http/graceful-stop.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CODE_INPUTS } from '../lib/release/inputs.mjs';
import { PRELOAD, serve } from './serve.mjs';

const root = process.cwd();
const inputs = [...CODE_INPUTS, 'content'];

function newestChange(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

// The preload is the build's last step: its age is the build's.
const builtAt = existsSync(PRELOAD) ? statSync(PRELOAD).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))));

if (changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No build yet: building first…' : 'Code or content changed since the last build: rebuilding…');
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await serve([]);
