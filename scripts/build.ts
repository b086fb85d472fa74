/**
 * npm run build: the production build, and what the server needs beside it.
 *  1. `next build` (which refuses invalid content first, see next.config.mjs);
 *  2. the pages without the framework runtime, each with its Content-Security-
 *     Policy; a page that would still ship the runtime, more script than the
 *     budget, or lose something it needs stops the build, named; the server
 *     checks the policies again when it starts;
 *  3. what the cache in front (deploy/nginx) takes from the build, and the
 *     server preload for Node to load before Next (scripts/serve.mjs);
 *  4. the record of what it was built from, as it was when the build began
 *     (lib/release/inputs.mjs), which npm start compares with the checkout.
 * Steps 2 and 3 are lib/release/finish.ts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BuildProblem, finishPages, finishServing } from '../lib/release/finish';
import { currentInputs, writeInputsRecord } from '../lib/release/inputs.mjs';
import { NEXT_DIR } from '../lib/release/next-layout';

const root = process.cwd();
const nextDir = path.join(root, NEXT_DIR);

const inputs = currentInputs(root);
// Next's telemetry off: the build makes no request of its own, and prints no notice about one.
const next = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (next.status !== 0) process.exit(next.status ?? 1);

try {
  for (const line of [...finishPages(root, nextDir), ...finishServing(root, nextDir)]) console.log(`build: ${line}`);
  writeInputsRecord(nextDir, inputs);
} catch (error) {
  if (!(error instanceof BuildProblem)) throw error;
  console.error(`\nbuild: ${error.message}`);
  process.exit(1);
}
