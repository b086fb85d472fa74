/**
 * What every build does after `next build` (scripts/build.ts for the whole
 * site, scripts/build-story.ts for one story): the framework runtime removed
 * from the prerendered pages, the reader's one small script given to the pages
 * that use it (lib/http/runtime-free.ts), then each page's Content-Security-
 * Policy from the hashes of its inline scripts (lib/http/page-policies.ts),
 * written into the build and checked against the pages at once.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { computePagePolicies, PAGE_POLICIES_FILE, pagePolicyDrift } from '../lib/http/page-policies';
import { removeRuntime, writeFirstPartyScript } from '../lib/http/runtime-free';

export class BuildProblem extends Error {}

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
  if (pages === 0) throw new BuildProblem('no prerendered pages found in server/app: nothing would be allowed to run');
  writeFileSync(path.join(nextDir, PAGE_POLICIES_FILE), `${JSON.stringify(policies, null, 2)}\n`);
  const drift = pagePolicyDrift(nextDir, policies);
  if (drift.length > 0) throw new BuildProblem(`the pages' policies do not match the pages: ${drift.join('; ')}`);

  const hashes = new Set(Object.values(policies.byPath).flat()).size;
  return [
    `${runtimeFree.pages} pages without the framework runtime; the reader's script ${script.path} is ${script.gzipBytes} bytes gzip.`,
    `Content-Security-Policy for ${pages} addresses (${hashes} inline-script hashes), checked against the pages.`,
  ];
}
