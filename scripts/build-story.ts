/**
 * npm run build:story -- <slug>: a correction to one story, served in seconds
 * by the running servers, without rendering any other story again.
 *  1. refuses unless the served build (.next) is of this code: only content
 *     may have changed since (lib/release/inputs.mjs gives the build id);
 *  2. checks the story, as content:check does; on any error nothing is built
 *     and the old version stays served;
 *  3. `next build` into .next-story with only this story's pages prerendered,
 *     beside the pages that list every story (the home pages, the feed, the
 *     sitemap), then the same finishing as the full build (lib/release/finish.ts);
 *  4. publishes the pages that changed into .next (lib/release/publish.ts):
 *     every server reading that folder serves them from its next request, and
 *     records the story as published in the build's record of its inputs, so
 *     npm start serves that build as it is, without building again.
 * Anything it cannot publish whole (new pages, other code) stops it before
 * the served build is touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BuildProblem, finishPages, PRELOAD_FILE } from '../lib/release/finish';
import { codeFingerprint, readInputsRecord, storyFingerprint, writeInputsRecord } from '../lib/release/inputs.mjs';
import { hasBuildId, NEXT_DIR, readBuildId } from '../lib/release/next-layout';
import { changedRoutes, publish, publishProblems } from '../lib/release/publish';
import { ONLY_STORY_ENV } from '../lib/content/store';
import { readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run build:story -- <slug>
  <slug>   the story under content/stories to build and publish into the served build (.next)
  --help   print this and exit`;

const root = process.cwd();
const LIVE_DIR = NEXT_DIR;
/** Where the one-story build is written; its cache/ is kept, so the next correction compiles less. */
const PARTIAL_DIR = '.next-story';

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function fail(message: string): number {
  console.error(`build:story: ${message}\nNothing was published: the served build is unchanged.`);
  return 1;
}

function servedBuildProblem(): string | undefined {
  const liveDir = path.join(root, LIVE_DIR);
  if (!existsSync(path.join(liveDir, PRELOAD_FILE)) || !hasBuildId(liveDir)) return 'there is no complete build in .next: run "npm run build" first';
  if (readBuildId(liveDir) !== codeFingerprint(root)) return 'the code changed since .next was built (only content may change): run "npm run build"';
  return undefined;
}

/** Empties the partial build's folder but its compile cache. */
function clearPartialBuild() {
  const dir = path.join(root, PARTIAL_DIR);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name !== 'cache') rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** The served build now serves the story as it was when this run began; a build with no record is rebuilt by npm start anyway. */
function recordPublished(liveDir: string, slug: string, fingerprint: string) {
  const record = readInputsRecord(liveDir);
  if (record) writeInputsRecord(liveDir, { ...record, stories: { ...record.stories, [slug]: fingerprint } });
}

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } }).status === 0;

function main(): number {
  const { positionals, help } = readCommandLine({});
  if (help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`one story slug, got ${positionals.length}`);
  const slug = positionals[0]!;
  const started = performance.now();

  const served = servedBuildProblem();
  if (served) return fail(served);
  if (!run(['--import', 'tsx', 'scripts/content-check.ts', '--story', slug])) return fail(`the story "${slug}" did not pass content:check (above)`);

  const published = storyFingerprint(root, slug);
  clearPartialBuild();
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const built = run([nextBin, 'build'], { READER_DIST_DIR: PARTIAL_DIR, [ONLY_STORY_ENV]: slug, READER_CONTENT_CHECKED: '1' });
  if (!built) return fail('next build of the story failed (above)');
  const [liveDir, partialDir] = [path.join(root, LIVE_DIR), path.join(root, PARTIAL_DIR)];
  try {
    finishPages(root, partialDir);
  } catch (error) {
    if (error instanceof BuildProblem) return fail(error.message);
    throw error;
  }

  const problems = publishProblems(liveDir, partialDir);
  if (problems.length > 0) return fail(problems.join('\n  '));
  const routes = changedRoutes(liveDir, partialDir);
  publish(liveDir, partialDir, routes);
  recordPublished(liveDir, slug, published);
  console.log(`build:story: "${slug}" published in ${seconds(started)}: ${routes.length} changed page(s)${routes.length ? `: ${routes.join(', ')}` : ''}.`);
  return 0;
}

runCommand('build:story', usage, main);
