/**
 * What every build does after `next build` (scripts/build.ts for the whole
 * site, scripts/build-story.ts for one story): the framework runtime removed
 * from the prerendered pages, the reader's one small script given to the pages
 * that use it (lib/release/runtime-free.ts), then each page's Content-Security-
 * Policy from the hashes of its inline scripts (lib/release/page-policies.ts),
 * written into the build and checked against the pages at once. The full
 * build then adds what the server and the cache in front take from it.
 */
import path from 'node:path';
import { buildSync } from 'esbuild';
import { APP_DIR } from './next-layout';
import { writeNginxFiles } from './nginx-files';
import { computePagePolicies, pagePolicyDrift, writePagePolicies } from './page-policies';
import { removeRuntime, writeFirstPartyScript } from './runtime-free';

export class BuildProblem extends Error {}

/** The server preload (lib/release/server-preload.ts), bundled into the build: plain JavaScript, no TypeScript loader in the server. */
export const PRELOAD_FILE = 'reader-preload.mjs';

function bundleReaderScript(root: string): string {
  const bundle = buildSync({
    entryPoints: [path.join(root, 'lib', 'client', 'reader.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return bundle.outputFiles[0]!.text;
}

/** Rewrites the pages of the build in `nextDir` and writes their policies; a problem throws BuildProblem, naming the pages. */
export function finishPages(root: string, nextDir: string): string[] {
  const script = writeFirstPartyScript(nextDir, bundleReaderScript(root));
  const runtimeFree = removeRuntime(nextDir, script);
  if (runtimeFree.problems.length > 0) throw new BuildProblem(`reading pages must work without the framework runtime:\n  ${runtimeFree.problems.join('\n  ')}`);

  const policies = computePagePolicies(nextDir);
  const pages = Object.keys(policies.byPath).length;
  if (pages === 0) throw new BuildProblem(`no prerendered pages found in ${APP_DIR}: nothing would be allowed to run`);
  writePagePolicies(nextDir, policies);
  const drift = pagePolicyDrift(nextDir, policies);
  if (drift.length > 0) throw new BuildProblem(`the pages' policies do not match the pages: ${drift.join('; ')}`);

  const hashes = new Set(Object.values(policies.byPath).flat()).size;
  return [
    `${runtimeFree.pages} pages without the framework runtime; the reader's script ${script.path} is ${script.gzipBytes} bytes gzip.`,
    `Content-Security-Policy for ${pages} addresses (${hashes} inline-script hashes), checked against the pages.`,
  ];
}

/**
 * What the whole site's build adds for what serves it: what the cache in front
 * (deploy/nginx) takes from the build, the site's own offline page and headers
 * (lib/release/nginx-files.ts); and the server preload, for Node to load before
 * Next (scripts/serve.mjs).
 */
export function finishServing(root: string, nextDir: string): string[] {
  writeNginxFiles(nextDir);
  buildSync({
    entryPoints: [path.join(root, 'lib', 'release', 'server-preload.ts')],
    outfile: path.join(nextDir, PRELOAD_FILE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return ['server preload bundled.'];
}
