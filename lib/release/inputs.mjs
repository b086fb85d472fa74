// @ts-check
/**
 * What a build is made from: the code, which decides how every page looks
 * (the content under content/ decides what the pages say). Plain
 * JavaScript, so next.config.mjs and scripts/start.mjs can read it without a
 * TypeScript loader; TypeScript reads its types from the JSDoc below.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORIES_DIR } from '../content/location.mjs';

/**
 * The code: every file that can change how a page is rendered, its headers or
 * its scripts (the build's own last steps, lib/release, among them).
 * @type {readonly string[]}
 */
export const CODE_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.ts',
];

// Tests sit beside the modules they test; they change no page.
const isTest = (/** @type {string} */ name) => /\.test\.tsx?$/.test(name);

/**
 * Every file under the inputs, as sorted paths relative to `root` (with "/" on every platform).
 * @param {string} root @param {readonly string[]} inputs @returns {string[]}
 */
export function inputFiles(root, inputs) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    if (!statSync(absolute).isDirectory()) {
      if (!isTest(relative)) files.push(relative.split(path.sep).join('/'));
      return;
    }
    for (const name of readdirSync(absolute)) walk(path.join(relative, name));
  };
  for (const input of inputs) walk(input);
  return files.sort();
}

/**
 * The build id: a digest of the code's names and bytes. Two checkouts of one
 * commit, in any folder on any machine, get the same id (and so the same asset
 * names), and a build that changed only content keeps it, which is what lets
 * one story be rebuilt into a running build (scripts/build-story.ts).
 * @param {string} root @returns {string}
 */
export function codeFingerprint(root) {
  return fingerprint(root, CODE_INPUTS);
}

/** @param {string} root @param {readonly string[]} inputs @returns {string} */
function fingerprint(root, inputs) {
  const hash = createHash('sha256');
  for (const file of inputFiles(root, inputs)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('base64url').slice(0, 21);
}

/**
 * What a build was made from: the code's fingerprint and each story's (the
 * names and bytes of its files). The full build records it in its folder and
 * build:story updates its story's entry once it has published it, so npm start
 * can tell a build that serves the content as it is from one that does not,
 * whatever the files' times say.
 * @typedef {{ code: string, stories: Record<string, string> }} BuildInputs
 */

/** The file in the build's folder that holds its BuildInputs. */
export const INPUTS_RECORD = 'reader-inputs.json';

/** @param {string} root @param {string} slug @returns {string} */
export const storyFingerprint = (root, slug) => fingerprint(root, [path.join(STORIES_DIR, slug)]);

/** @param {string} root @returns {BuildInputs} */
export function currentInputs(root) {
  const dir = path.join(root, STORIES_DIR);
  const slugs = existsSync(dir) ? readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort() : [];
  return { code: codeFingerprint(root), stories: Object.fromEntries(slugs.map((slug) => [slug, storyFingerprint(root, slug)])) };
}

/** @param {string} buildDir @returns {BuildInputs | undefined} */
export function readInputsRecord(buildDir) {
  const file = path.join(buildDir, INPUTS_RECORD);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** @param {string} buildDir @param {BuildInputs} inputs */
export function writeInputsRecord(buildDir, inputs) {
  writeFileSync(path.join(buildDir, INPUTS_RECORD), `${JSON.stringify(inputs, null, 1)}\n`);
}

/**
 * Why the build in `buildDir` does not serve this checkout as it is, or
 * undefined when it does: no record, other code, or a story added, removed or
 * changed since it was built or published.
 * @param {string} root @param {string} buildDir @returns {string | undefined}
 */
export function staleness(root, buildDir) {
  const built = readInputsRecord(buildDir);
  if (!built) return 'no record of what the build was made from';
  const now = currentInputs(root);
  if (built.code !== now.code) return 'the code changed';
  const slugs = new Set([...Object.keys(built.stories), ...Object.keys(now.stories)]);
  const changed = [...slugs].filter((slug) => built.stories[slug] !== now.stories[slug]);
  return changed.length > 0 ? `content changed: ${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''}` : undefined;
}
