import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { APP_DIR, BUILD_ID_FILE, NEXT_DIR, servedCopiesDir, STATIC_DIR } from '../../lib/release/next-layout';
import { PAGE_POLICIES_FILE } from '../../lib/release/page-policies';
import { inlineScriptHashes } from '../../lib/http/security-headers';
import { staleness } from '../../lib/release/inputs.mjs';
import { createWorkspace } from '../support/workspace';

/**
 * Releases: a second checkout of this code, in another folder, built on its
 * own. Its build must be the test server's, byte for byte (what two
 * instances built on two machines from one commit serve); then, with a server
 * running on it, `npm run build:story` must put a correction on the story and
 * the pages that list it, under a policy that still matches its scripts, and
 * must publish nothing when the change fails the content check, and readers
 * reading all the while must each get a page as it was built.
 */

const root = process.cwd();
const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;
const PASSED = `${CONTENT_NOTE_COOKIE}=${SLUG}`;
const STORY_FILE = path.join('content', 'stories', SLUG, 'story.mdx');

test.describe.configure({ mode: 'serial' });

let twin = '';
let server: ChildProcess | undefined;
let base = '';

const inTwin = (...parts: string[]) => path.join(twin, ...parts);
/**
 * Runs a script of the second checkout. Not spawnSync: a blocked event loop would keep a kept-alive
 * connection to the server in the pool after the server has closed it, and the next fetch would fail.
 */
function tsx(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(twin, 'node_modules', '.bin', 'tsx'), args, { cwd: twin });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += chunk));
  child.stderr.on('data', (chunk) => (output.stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, ...output })));
}

/** Every file a server sends from a build (pages, data, static files) and its policies, relative to the build folder. */
function servedFiles(nextDir: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(path.join(nextDir, relative)).flatMap((name) => {
      const file = path.join(relative, name);
      return statSync(path.join(nextDir, file)).isDirectory() ? walk(file) : [file];
    });
  const pages = walk(APP_DIR).filter((file) => /\.(html|body|meta|rsc)$/.test(file));
  return [...pages, ...walk(STATIC_DIR), BUILD_ID_FILE, PAGE_POLICIES_FILE].sort();
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000);
  // The project's files as git sees them, node_modules hard-linked: what the bench builds too.
  const copy = createWorkspace(root);
  twin = copy.dir;
  const build = await tsx(['scripts/build.ts']);
  expect(build.status, `the second checkout's build failed:\n${build.stdout}\n${build.stderr}`).toBe(0);
  // A port of its own per parallel worker (--repeat-each runs copies side by side).
  const port = Number(new URL(baseURL!).port) + 40 + test.info().parallelIndex;
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], { cwd: twin, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${base}/`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (twin) rmSync(twin, { recursive: true, force: true });
});

test('two builds of one commit in two folders serve the same files, byte for byte, under the same build id', () => {
  const [ours, theirs] = [path.join(root, NEXT_DIR), inTwin(NEXT_DIR)];
  expect(servedFiles(theirs)).toEqual(servedFiles(ours));
  const differing = servedFiles(ours).filter((file) => !readFileSync(path.join(ours, file)).equals(readFileSync(path.join(theirs, file))));
  expect(differing).toEqual([]);
});

/**
 * `count` readers of the running server until `done` settles, each going round the story's pages:
 * every request that failed, was not answered 200, or got a page with the framework runtime
 * (`self.__next_f`: a page Next rendered at request time, not the one built and published).
 */
function readWhile(count: number, done: Promise<unknown>): Promise<{ answers: number; problems: string[] }> {
  const pages: [string, string?][] = [[STORY, PASSED], [STORY], ['/'], ['/feed.xml'], [`${STORY}/sources`, PASSED], [`${STORY}/summary`]];
  const problems: string[] = [];
  let answers = 0;
  let finished = false;
  void done.finally(() => (finished = true));
  const reader = async (first: number) => {
    for (let i = first; !finished; i++) {
      const [target, cookie] = pages[i % pages.length]!;
      try {
        const response = await fetch(`${base}${target}`, { headers: cookie ? { Cookie: cookie } : {} });
        const text = await response.text();
        answers++;
        if (response.status !== 200) problems.push(`${target}: ${response.status}`);
        else if (text.includes('self.__next_f')) problems.push(`${target}: rendered at request time (the framework runtime in it)`);
      } catch (error) {
        problems.push(`${target}: ${String(error)} (${String((error as Error).cause)})`);
      }
    }
  };
  return Promise.all(Array.from({ length: count }, (_, k) => reader(k))).then(() => ({ answers, problems }));
}

const read = async (target: string, cookie?: string) => {
  const response = await fetch(`${base}${target}`, { headers: cookie ? { Cookie: cookie } : {} });
  return { text: await response.text(), policy: response.headers.get('content-security-policy') ?? '' };
};

test('build:story puts a correction on the story, the home page and the feed of a running server, under a policy that matches its scripts, every reader request meanwhile gets a page as built, and npm start would serve that build as it is', async () => {
  test.setTimeout(240_000);
  const original = readFileSync(inTwin(STORY_FILE), 'utf8');
  const title = original.match(/^title: (.*)$/m)![1]!;
  // Looked for as it is written in every page (the title itself has an apostrophe, which HTML escapes).
  const corrected = '(corrected in a test)';
  writeFileSync(inTwin(STORY_FILE), original.replace(`title: ${title}`, `title: ${title} ${corrected}`));
  expect((await read(STORY, PASSED)).text).not.toContain(corrected);

  const publishing = tsx(['scripts/build-story.ts', SLUG]);
  const readers = readWhile(2, publishing);
  const published = await publishing;
  expect(published.status, `${published.stdout}\n${published.stderr}`).toBe(0);
  const { answers, problems } = await readers;
  expect(problems, `${answers} answers while build:story ran`).toEqual([]);
  expect(answers).toBeGreaterThan(50);
  // What build:story renames must be what the next request reads: Next kept copies of served pages
  // here, which the publish had to delete while requests read them (docs/deployment.md).
  expect(existsSync(servedCopiesDir(inTwin(NEXT_DIR))), 'the server kept its own copy of pages').toBe(false);

  const story = await read(STORY, PASSED);
  expect(story.text).toContain(corrected);
  for (const hash of inlineScriptHashes(story.text)) expect(story.policy).toContain(hash);
  expect((await read('/')).text).toContain(corrected);
  expect((await read('/feed.xml')).text).toContain(corrected);
  // The build knows what it now serves: a restart with npm start would not build again.
  expect(staleness(twin, inTwin(NEXT_DIR))).toBeUndefined();
});

test('build:story publishes nothing when the change fails the content check: the served story stays as it was', async () => {
  const before = (await read(STORY, PASSED)).text;
  const valid = readFileSync(inTwin(STORY_FILE), 'utf8');
  // A quotation no article contains.
  writeFileSync(inTwin(STORY_FILE), valid.replace(/quote="[^"]+"/, 'quote="words that no article ever printed"'));
  const refused = await tsx(['scripts/build-story.ts', SLUG]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('Nothing was published');
  expect((await read(STORY, PASSED)).text).toBe(before);
});
