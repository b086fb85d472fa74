/**
 * npm start: builds when there is no build or the build is older than the
 * code or content, then serves on $PORT (default 3000).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const buildId = path.join(root, '.next', 'BUILD_ID');
const inputs = ['app', 'components', 'lib', 'content', 'public', 'proxy.ts', 'next.config.ts', 'package.json'];

function newestChange(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))));
const next = path.join(root, 'node_modules', '.bin', 'next');

if (changedAt > builtAt) {
  console.log(builtAt === 0 ? 'No build yet: building first…' : 'Code or content changed since the last build: rebuilding…');
  const build = spawnSync(next, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
// Start next directly (not through npx) so there is one process to stop.
const server = spawn(next, ['start', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
