import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { SETTINGS_COOKIE } from '../../lib/settings/settings';
import { SETTINGS_STYLESHEET_PATH } from '../../lib/settings/stylesheet';

/**
 * The cache in front (deploy/nginx): Debian's nginx started by its own script
 * in front of the test server, with the cache status shown (tests only). It
 * must keep the gate (a reader who has not passed a story's note never gets
 * that story, whatever was cached before), every security header, and each
 * reader's own settings.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;
const NOTE = 'id="content-note-title"';
const STORY_ONLY = 'id="story-title"';
const PASSED = `${CONTENT_NOTE_COOKIE}=${SLUG}`;

test.describe.configure({ mode: 'serial' });

let nginx: ChildProcess;
let front = '';
let log = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test.beforeAll(async ({ baseURL }) => {
  const port = await freePort();
  const upstream = new URL(baseURL!).host;
  nginx = spawn(path.join('deploy', 'nginx', 'start'), [String(port), upstream], { env: { ...process.env, NGINX_CACHE_STATUS_HEADER: '1' } });
  nginx.stderr!.on('data', (chunk) => (log += chunk));
  front = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await fetch(`${front}/`).catch(() => undefined))?.status, { message: `nginx did not start:\n${log}`, timeout: 20_000 })
    .toBe(200);
});

test.afterAll(async () => {
  nginx?.kill('SIGTERM');
});

const get = (target: string, cookie?: string) => fetch(`${front}${target}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });

test('the gate holds through the cache, whichever reader came first', async () => {
  // A reader who passed the note warms the cache with the story…
  for (let i = 0; i < 2; i++) {
    const passed = await get(STORY, PASSED);
    expect(await passed.text()).toContain(STORY_ONLY);
  }
  expect((await get(STORY, PASSED)).headers.get('x-cache-status')).toBe('HIT');
  // …and readers who did not, with no cookie or a cookie that only looks like it, still get the note.
  for (const cookie of [undefined, `${CONTENT_NOTE_COOKIE}=x${SLUG}`, `${CONTENT_NOTE_COOKIE}=${SLUG}x`, `${CONTENT_NOTE_COOKIE}=another-story`, `x${CONTENT_NOTE_COOKIE}=${SLUG}`, `${CONTENT_NOTE_COOKIE}=${'a'.repeat(5000)}`]) {
    const body = await (await get(STORY, cookie)).text();
    expect(body, String(cookie).slice(0, 60)).toContain(NOTE);
    expect(body, String(cookie).slice(0, 60)).not.toContain(STORY_ONLY);
  }
  // A reader who passed this story among others, in the cookie as the app writes it, gets the story from the cache.
  const among = await get(STORY, `${CONTENT_NOTE_COOKIE}=another-story%2C${SLUG}; ${SETTINGS_COOKIE}=size%3Dlarge`);
  expect(await among.text()).toContain(STORY_ONLY);
  expect(among.headers.get('x-cache-status')).toBe('HIT');
});

test('the same holds for the articles list and each archived article', async () => {
  for (const [target, heading] of [[`${STORY}/sources`, 'sources-title'], [`${STORY}/sources/heart`, 'source-title']]) {
    expect(await (await get(target!, PASSED)).text(), target).toContain(`id="${heading}"`);
    expect(await (await get(target!)).text(), target).toContain(NOTE);
  }
});

test('every security header reaches the reader, from the cache or not, and story pages stay private for browsers', async () => {
  for (const [target, cookie] of [[STORY, PASSED], [STORY, PASSED], [STORY, undefined], ['/', undefined], [`${STORY}/citations.json`, undefined], ['/settings', undefined]] as const) {
    const response = await get(target, cookie);
    const what = `${target} (${response.headers.get('x-cache-status')})`;
    expect(response.status, what).toBe(200);
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'cross-origin-opener-policy']) {
      expect(response.headers.get(name), `${what}: ${name}`).toBeTruthy();
    }
    expect(response.headers.get('content-security-policy'), what).not.toContain('unsafe-inline');
    expect(response.headers.get('server'), what).toBe('nginx');
    if (target === STORY) {
      expect(response.headers.get('cache-control'), what).toBe('private, no-store');
      expect(response.headers.get('vary') ?? '', what).toMatch(/\bcookie\b/i);
    }
  }
});

test('each reader keeps their own settings: their stylesheet is never cached, and the pages do not depend on it', async () => {
  const large = await get(SETTINGS_STYLESHEET_PATH, `${SETTINGS_COOKIE}=size%3Dlarge`);
  const dark = await get(SETTINGS_STYLESHEET_PATH, `${SETTINGS_COOKIE}=theme%3Ddark`);
  expect(await large.text()).toContain('--font-size: 1.375rem');
  expect(await dark.text()).toContain('color-scheme: dark');
  expect(large.headers.get('x-cache-status')).toBeNull();
  const pages = await Promise.all([`${SETTINGS_COOKIE}=size%3Dlarge`, `${SETTINGS_COOKIE}=theme%3Ddark`].map(async (settings) => (await get(STORY, `${PASSED}; ${settings}`)).text()));
  expect(pages[0]).toBe(pages[1]);
  const settingsPage = await (await get('/settings', `${SETTINGS_COOKIE}=theme%3Ddark`)).text();
  expect(settingsPage).toMatch(/id="theme-dark" name="theme" checked=""/);
});

test('the forms work through it, and their answers are never stored', async () => {
  const form = new URLSearchParams({ choice: 'continue', return: STORY });
  const post = await fetch(`${front}${STORY}/content-note`, { method: 'POST', body: form, headers: { 'Sec-Fetch-Site': 'same-origin' }, redirect: 'manual' });
  expect(post.status).toBe(303);
  expect(post.headers.get('set-cookie')).toMatch(new RegExp(`^${CONTENT_NOTE_COOKIE}=${SLUG};`));
  expect(post.headers.get('x-cache-status')).not.toBe('HIT');
  const refused = await fetch(`${front}${STORY}/content-note`, { method: 'POST', body: form, headers: { 'Sec-Fetch-Site': 'cross-site' }, redirect: 'manual' });
  expect(refused.status).toBe(403);
});
