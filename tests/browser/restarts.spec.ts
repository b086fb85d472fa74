import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { offlineHeaders, offlinePageHtml } from '../../lib/release/nginx-files';
import { Instances, NOTE_MARK, queuedAt, readingPages, restartMix, rightVariant, rollingRestart, startCache, STORY_MARK, waitFor, type Cache } from '../support/instances';
import { load } from '../support/reader-load';
import { header, rawRequest } from './raw-http';

/**
 * Three instances of the one build behind the cache (deploy/nginx/start),
 * restarted as docs/deployment.md says (deploy/rolling-restart, with
 * tests/support/restart-instance in systemd's place), then failing in the ways
 * issue 21 lists, then all stopped. No browser. Ports: TEST_PORT + 1..3 for
 * the instances, + 4 for the cache (+ 4 more per parallel worker, as with
 * --repeat-each). Its own Playwright project, after the
 * contended load (playwright.config.ts); alone:
 *   npx playwright test --no-deps tests/browser/restarts.spec.ts
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;
const PASSED = `${CONTENT_NOTE_COOKIE}=${SLUG}`;
const STORY_PAGES = { slug: SLUG, source: 'heart', noteCookie: PASSED };
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' };
const NOTE_FORM = `choice=continue&return=${encodeURIComponent(STORY)}`;

let first: number;
let second: number;
let instances: Instances;
let cache: Cache;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const base = Number(process.env.TEST_PORT ?? 3210) + 4 * test.info().parallelIndex;
  [first, second] = [base + 1, base + 2];
  instances = new Instances([base + 1, base + 2, base + 3]);
  await instances.start();
  cache = await startCache({ port: base + 4, upstreams: instances.upstreams(), env: { NGINX_CACHE_STATUS_HEADER: '1' } });
});

test.afterAll(async () => {
  await cache?.stop();
  await instances?.stopAll();
  instances?.remove();
});

const logs = () => `instance logs:\n${instances.ports.map((port) => `--- ${port}\n${instances.log(port).split('\n').slice(-15).join('\n')}`).join('\n')}\nnginx:\n${cache.log().split('\n').slice(-20).join('\n')}`;
const get = (target: string, cookie?: string) => fetch(`${cache.url}${target}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
const post = (target: string, body: string) => fetch(`${cache.url}${target}`, { method: 'POST', body, headers: FORM, redirect: 'manual' });

test('while each of three instances is restarted in turn under a mixed load, no answer is 400 or more, and none fails or times out', async () => {
  test.setTimeout(180_000);
  const restarting = rollingRestart({ cache, instances });
  const result = await load({ url: `${cache.url}/`, connections: 8, seconds: 150, overallRate: 40, requests: restartMix(STORY_PAGES), until: restarting });
  const restart = await restarting;
  const report = `answers by request: ${JSON.stringify(result.byRequest, null, 1)}\nrolling-restart: ${restart.stderr}\n${logs()}`;
  expect(restart.code, report).toBe(0);
  expect(restart.instances.map((instance) => instance.upstream)).toEqual(instances.upstreams());
  expect(result.requests, report).toBeGreaterThan(200);
  const failed = Object.entries(result.statuses).filter(([status]) => Number(status) >= 400);
  expect({ answersOf400OrMore: failed, connectionErrors: result.errors - result.timeouts, timeouts: result.timeouts }, report).toEqual({ answersOf400OrMore: [], connectionErrors: 0, timeouts: 0 });
});

/** Freezes the instance, sends the requests, waits until one sits unread at it, kills it (SIGKILL), then restarts it. */
async function killWhileHeld<T>(port: number, send: () => Promise<T>[]): Promise<T[]> {
  await instances.signal(port, 'SIGSTOP');
  const pending = send();
  await waitFor(() => queuedAt(port) > 0, `no request reached the frozen instance on ${port}`, 10_000);
  await instances.signal(port, 'SIGKILL');
  const answers = await Promise.all(pending);
  await instances.restart(port);
  return answers;
}

// Six at once: nginx's round robin gives each worker's every third request to the frozen instance.
const SIX = Array.from({ length: 6 });

test('an instance killed mid-request: the GETs it held and the note form it held are answered by another instance', async () => {
  test.setTimeout(60_000);
  const answers = await killWhileHeld(first, () => [
    ...SIX.map(async () => ({ what: 'GET /settings', response: await get('/settings') })),
    ...SIX.map(async () => ({ what: 'POST the note', response: await post(`${STORY}/content-note`, NOTE_FORM) })),
  ]);
  for (const { what, response } of answers) {
    expect(response.status, `${what}\n${logs()}`).toBe(what.startsWith('GET') ? 200 : 303);
    if (what.startsWith('POST')) expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${CONTENT_NOTE_COOKIE}=${SLUG};`));
  }
});

test('an instance killed mid-request: a POST nginx may not repeat gets the site’s own error page, never nginx’s', async () => {
  test.setTimeout(60_000);
  const healthy = await post('/settings', 'x=1');
  const answers = await killWhileHeld(second, () => SIX.map(async () => post('/settings', 'x=1')));
  const pages = await Promise.all(answers.map(async (response) => ({ status: response.status, body: await response.text() })));
  const sitePages = pages.filter((page) => page.status === 503 && page.body === offlinePageHtml());
  expect(sitePages.length, 'the POSTs the killed instance held').toBeGreaterThan(0);
  for (const page of pages) expect(page.status === healthy.status || sitePages.includes(page), `${page.status}: ${page.body.slice(0, 200)}`).toBe(true);
});

test('a restarted instance that never becomes ready is not put back: rolling-restart exits 1 and leaves it marked down', async () => {
  test.setTimeout(60_000);
  // The process manager's part, gone wrong: the instance is stopped, and what starts in its
  // place listens but only ever answers 503.
  const broken = path.join(instances.dir, 'broken-restart');
  writeFileSync(
    broken,
    `#!/usr/bin/env bash
set -euo pipefail
group=$(<"$READER_INSTANCES_DIR/$1.pid")
kill -TERM -- "-$group"
while kill -0 -- "-$group" 2>/dev/null; do sleep 0.05; done
setsid node -e "require('node:http').createServer((q, s) => { s.statusCode = 503; s.end(); }).listen($1, '127.0.0.1')" </dev/null >/dev/null 2>&1 &
echo $! >"$READER_INSTANCES_DIR/$1.pid"
`,
  );
  chmodSync(broken, 0o755);
  const restart = await rollingRestart({ cache, instances, env: { READER_RESTART_COMMAND: broken, READER_READY_TIMEOUT: '3' } });
  expect(restart.code, restart.stderr).toBe(1);
  expect(restart.stderr).toContain(`127.0.0.1:${first}: not ready within 3 s of its restart; it is marked down`);
  const lines = cache.upstreamsConf().trim().split('\n');
  expect(lines.filter((line) => line.endsWith(' down;')).map((line) => line.trim().split(' ')[1])).toEqual([`127.0.0.1:${first}`]);
  for (let i = 0; i < 6; i++) expect((await get('/settings')).status, 'the others still serve').toBe(200);
  await instances.restart(first);
  cache.setUpstreams(instances.upstreams());
  expect(cache.upstreamsConf()).not.toContain(' down;');
});

test('a hostile Host or X-Forwarded-Host neither splits the cache nor changes what other readers get', async () => {
  const target = `${STORY}/sources/wion`;
  const cookie = (value?: string) => (value ? ([['Cookie', value]] as [string, string][]) : []);
  // Raw requests, so both kinds send the same headers but Host (fetch may not set Host).
  const hostile = (passed?: string) => rawRequest(cache.url, { target, noHost: true, headers: [['Host', 'evil.example'], ['X-Forwarded-Host', 'evil.example:666'], ...cookie(passed)] });
  const reader = (passed?: string) => rawRequest(cache.url, { target, headers: cookie(passed) });
  const filled = await hostile(PASSED);
  expect(filled.status).toBe(200);
  expect(header(filled, 'x-cache-status')).toEqual(['MISS']);
  const after = await reader(PASSED);
  expect(header(after, 'x-cache-status'), 'the hostile request filled the one entry every reader gets').toEqual(['HIT']);
  expect(after.body.equals(filled.body)).toBe(true);
  expect(after.body.toString('utf8')).not.toContain('evil.example');
  expect((await hostile()).body.toString('utf8'), 'a hostile request without the note passed still gets the note').toContain(NOTE_MARK);
  expect((await reader()).body.toString('utf8')).not.toContain(STORY_MARK);
});

test('with every instance stopped, the cache serves every page it holds in the reader’s own variant, and a form post gets the site’s 503 page with its headers', async () => {
  test.setTimeout(60_000);
  const reading = readingPages(STORY_PAGES);
  for (const page of reading) expect((await get(page.path, page.cookie)).status).toBe(200);
  await instances.stopAll();

  for (const page of reading) {
    const response = await get(page.path, page.cookie);
    const what = `${page.path} ${page.cookie ?? '(no cookie)'}`;
    expect(response.status, what).toBe(200);
    expect(['HIT', 'STALE'], what).toContain(response.headers.get('x-cache-status'));
    expect(rightVariant(page, await response.text()), `${what}: its own variant (never the story before the note is passed)`).toBe(true);
  }
  for (const response of [await post(`${STORY}/content-note`, NOTE_FORM), await get('/settings')]) {
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(offlinePageHtml());
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const [name, value] of offlineHeaders()) expect(response.headers.get(name), name).toBe(value);
  }
});
