/**
 * npm run build: the production build, and what the server needs beside it.
 *  1. `next build` (which refuses invalid content first, see next.config.mjs);
 *  2. the framework runtime removed from every prerendered page, and the
 *     reader's one small script (lib/client/reader.ts) bundled and given to the
 *     pages that use it (lib/http/runtime-free.ts); a page that would still ship
 *     the runtime, more script than the budget, or lose something it needs
 *     stops the build, named;
 *  3. the Content-Security-Policy of every prerendered page, from the hashes of
 *     its inline scripts (lib/http/page-policies.ts), written into .next and
 *     checked against the pages at once; the server checks again when it starts;
 *  4. lib/http/preload.ts bundled into .next/reader-preload.mjs, for Node to
 *     load before Next (scripts/serve.mjs): plain JavaScript, no TypeScript
 *     loader in the production server.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { writeNginxFiles } from '../lib/http/nginx-files';
import { computePagePolicies, PAGE_POLICIES_FILE, pagePolicyDrift } from '../lib/http/page-policies';
import { removeRuntime, writeFirstPartyScript } from '../lib/http/runtime-free';

const root = process.cwd();
const nextDir = path.join(root, '.next');

function fail(message: string): never {
  console.error(`\nbuild: ${message}`);
  process.exit(1);
}

const next = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit' });
if (next.status !== 0) process.exit(next.status ?? 1);

const bundle = buildSync({
  entryPoints: [path.join(root, 'lib', 'client', 'reader.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const script = writeFirstPartyScript(nextDir, bundle.outputFiles[0]!.text);
const runtimeFree = removeRuntime(nextDir, script);
if (runtimeFree.problems.length > 0) fail(`reading pages must work without the framework runtime:\n  ${runtimeFree.problems.join('\n  ')}`);

const policies = computePagePolicies(nextDir);
const pages = Object.keys(policies.byPath).length;
if (pages === 0) fail('no prerendered pages found in .next/server/app: nothing would be allowed to run');
writeFileSync(path.join(nextDir, PAGE_POLICIES_FILE), `${JSON.stringify(policies, null, 2)}\n`);
const drift = pagePolicyDrift(nextDir, policies);
if (drift.length > 0) fail(`the pages' policies do not match the pages: ${drift.join('; ')}`);

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
const hashes = new Set(Object.values(policies.byPath).flat()).size;
console.log(`\nbuild: ${runtimeFree.pages} pages without the framework runtime; the reader's script ${script.path} is ${script.gzipBytes} bytes gzip.`);
console.log(`build: Content-Security-Policy for ${pages} addresses (${hashes} inline-script hashes), checked against the pages; server preload bundled.`);
