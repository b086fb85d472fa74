/**
 * npm run build: the production build, and what the server needs beside it.
 *  1. `next build` (which refuses invalid content first, see next.config.mjs);
 *  2. the pages without the framework runtime, each with its Content-Security-
 *     Policy (scripts/finish-build.ts); a page that would still ship the
 *     runtime, more script than the budget, or lose something it needs stops
 *     the build, named; the server checks the policies again when it starts;
 *  3. what the cache in front (deploy/nginx) takes from the build: the site's
 *     own offline page and headers (lib/http/nginx-files.ts);
 *  4. lib/http/preload.ts bundled into .next/reader-preload.mjs, for Node to
 *     load before Next (scripts/serve.mjs): plain JavaScript, no TypeScript
 *     loader in the production server.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { writeNginxFiles } from '../lib/http/nginx-files';
import { BuildProblem, finishPages } from './finish-build';

const root = process.cwd();
const nextDir = path.join(root, '.next');

// Next's telemetry off: the build makes no request of its own, and prints no notice about one.
const next = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (next.status !== 0) process.exit(next.status ?? 1);

try {
  for (const line of finishPages(root, nextDir)) console.log(`build: ${line}`);
} catch (error) {
  if (!(error instanceof BuildProblem)) throw error;
  console.error(`\nbuild: ${error.message}`);
  process.exit(1);
}

writeNginxFiles(nextDir);

buildSync({
  entryPoints: [path.join(root, 'lib', 'http', 'preload.ts')],
  outfile: path.join(nextDir, 'reader-preload.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
console.log('build: server preload bundled.');
