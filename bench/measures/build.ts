/** The cold build: scripts/build.ts in the fresh copy (no .next and no cache): next build, the pages' CSP hashes, the server preload. */
import path from 'node:path';
import { defineMeasure, target, type Bench } from '../measure';
import { runChild } from '../lib/process';

async function run({ dir, logs, log }: Bench) {
  log('cold build (scripts/build.ts in a fresh copy, no .next and no cache)…');
  const result = await runChild(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    cwd: dir,
    timeoutMs: 10 * 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    logFile: path.join(logs, 'build.log'),
  });
  if (result.code !== 0) {
    console.error((result.stdout + result.stderr).split('\n').slice(-40).join('\n'));
    throw new Error('the build failed');
  }
  return { seconds: result.seconds };
}

export const buildMeasure = defineMeasure({
  name: 'build',
  needs: 'copy',
  run,
  targets: ({ seconds }) => [target('cold build (all of it, with the hash step)', '≤ 60 s', seconds, seconds <= 60, 'next build on two busy cores')],
});
