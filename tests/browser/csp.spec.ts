import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PRELOAD_FILE } from '../../lib/release/finish';
import { appDir, buildIdFile, NEXT_DIR } from '../../lib/release/next-layout';
import { pagePoliciesFile } from '../../lib/release/page-policies';
import { CLAIM, openNote, passContentNote } from './support';

/**
 * Prerendered pages run their scripts under a policy that allows exactly
 * their inline scripts by hash (lib/release/page-policies.ts), never
 * 'unsafe-inline'; reading pages have none but a data block, and load only
 * the reader's own script, from 'self'. Both sides are proved: under the
 * served policy the scripts run and nothing is refused; without the hashes
 * (or with no script at all), they are stopped.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

/** Records every CSP violation the page reports, and every console error. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

test.beforeEach(async ({ context, baseURL }) => {
  await passContentNote(context, baseURL!, SLUG);
});

test('under the served policy, each page’s scripts run and the browser refuses nothing', async ({ page }) => {
  const watched = await watch(page);
  // The page rendered per request keeps Next's runtime, under a nonce: it starts.
  await page.goto('/settings');
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { router?: unknown } }).next?.router))).toBe(true);
  // The reading pages carry only the reader's own script, from 'self': it runs (read-aloud's controls appear).
  for (const path of ['/', STORY, `${STORY}/sources/heart`, `${STORY}/summary`, '/settings']) {
    const response = await page.goto(path);
    expect(response!.headers()['content-security-policy'], path).not.toContain('unsafe-inline');
    if (path === STORY) await expect(page.getByRole('button', { name: 'Listen to this account' })).toBeVisible();
    expect(await watched.violations(), path).toEqual([]);
  }
  expect(watched.errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
});

test('under a policy that refuses every script, a reading page loses only what needs script: the notes still open in place', async ({ page }) => {
  const watched = await watch(page);
  await page.route(`**${STORY}`, async (route) => {
    const response = await route.fetch();
    const policy = response.headers()['content-security-policy']!;
    const noScript = policy.replace(/script-src [^;]*/, "script-src 'none'");
    expect(noScript).not.toBe(policy);
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': noScript } });
  });
  await page.goto(STORY);
  await expect.poll(async () => (await watched.violations()).length).toBeGreaterThan(0);
  expect((await watched.violations()).every((violation) => violation.startsWith('script-src'))).toBe(true);
  await page.waitForLoadState('load');
  // The script never ran: read-aloud's controls stay hidden; the note opens all the same, and the browser refuses nothing more.
  await expect(page.locator('.read-aloud')).toBeHidden();
  const refused = await watched.violations();
  await openNote(page, page.locator(`.story-body ${CLAIM.marker}`).first());
  await expect(page.locator(CLAIM.openNote)).toHaveCount(1);
  expect(await watched.violations()).toEqual(refused);
});

test('the 404 page, which keeps Next’s runtime, runs its inline scripts by their hashes, and without them they are refused', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('/no-such-page');
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { router?: unknown } }).next?.router))).toBe(true);
  expect(await watched.violations()).toEqual([]);
  await page.route('**/no-such-page-either', async (route) => {
    const response = await route.fetch();
    const policy = response.headers()['content-security-policy']!;
    const withoutHashes = policy.replace(/ 'sha256-[^']+'/g, '');
    expect(withoutHashes).not.toBe(policy);
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': withoutHashes } });
  });
  await page.goto('/no-such-page-either');
  await expect.poll(async () => (await watched.violations()).length).toBeGreaterThan(0);
  expect((await watched.violations()).every((violation) => violation.startsWith('script-src'))).toBe(true);
});

test.describe('a server whose policies do not match its pages', () => {
  /** Loads the server preload in a copy of this build's output (pages linked, policies as given), with no server after it. */
  function startWith(policies: (written: string) => string | undefined) {
    const project = mkdtempSync(path.join(os.tmpdir(), 'reader-policies-'));
    const [built, nextDir] = [path.resolve(NEXT_DIR), path.join(project, NEXT_DIR)];
    mkdirSync(path.dirname(appDir(nextDir)), { recursive: true });
    symlinkSync(appDir(built), appDir(nextDir));
    copyFileSync(buildIdFile(built), buildIdFile(nextDir));
    const written = policies(readFileSync(pagePoliciesFile(built), 'utf8'));
    if (written !== undefined) writeFileSync(pagePoliciesFile(nextDir), written);
    const run = spawnSync(process.execPath, ['--import', path.join(built, PRELOAD_FILE), '-e', ''], { cwd: project, encoding: 'utf8' });
    rmSync(project, { recursive: true, force: true });
    return run;
  }

  test('starts when they match (the control)', () => {
    expect(startWith((written) => written).status).toBe(0);
  });

  test('refuses to start, saying why, when the policies are missing', () => {
    const run = startWith(() => undefined);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot start: .*reader-page-policies\.json is missing/);
  });

  test('refuses to start, saying why, when a page’s scripts no longer match its policy', () => {
    const run = startWith((written) => written.replace(/'sha256-[^']+'/, "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot start: the pages' policies do not match the build/);
  });
});
