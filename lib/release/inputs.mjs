// @ts-check
/**
 * What a build is made from: the code, which decides how every page looks
 * (the content under content/ decides what the pages say). Plain
 * JavaScript, so next.config.mjs and scripts/start.mjs can read it without a
 * TypeScript loader; TypeScript reads its types from the JSDoc below.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

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
  const hash = createHash('sha256');
  for (const file of inputFiles(root, CODE_INPUTS)) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('base64url').slice(0, 21);
}
