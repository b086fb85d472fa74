/**
 * Several reader instances behind the cache (deploy/nginx), restarted the way
 * docs/deployment.md says: the short version in the browser suite
 * (tests/browser/restarts.spec.ts) and the full one in the bench
 * (bench/measures/restarts.ts). Instances are started and restarted by
 * tests/support/restart-instance, which plays systemd's part (SIGTERM to the
 * group, wait until it is gone, start again), each in a process group of its
 * own. Everything is on loopback, and every wait has a deadline.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADING_IDS } from '../../lib/view/anchors';
import { readerRequests, type LoadRequest, type Story } from './reader-load';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESTART_INSTANCE = path.join(ROOT, 'tests', 'support', 'restart-instance');
/** The instances' readiness address, as deploy/rolling-restart checks it. */
export const READY_PATH = '/robots.txt';
const HOST = '127.0.0.1';

export interface Cache {
  url: string;
  stateDir: string;
  log(): string;
  upstreamsConf(): string;
  setUpstreams(list: string[]): void;
  stop(): Promise<void>;
}

export interface RollingRestart {
  code: number | null;
  stdout: string;
  stderr: string;
  instances: { upstream: string; restartSeconds: number }[];
}

export interface ReadingPage {
  path: string;
  cookie?: string;
  mark: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check` returns true; rejects with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await pause(50);
  }
}

const answers = async (url: string, status: number) => (await fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => undefined))?.status === status;
export const waitReady = (port: number, timeoutMs?: number) => waitFor(() => answers(`http://${HOST}:${port}${READY_PATH}`, 200), `the instance on ${port} did not become ready`, timeoutMs);

/** Whether any process of the process group `group` is still alive (signal 0 only asks). */
export function groupAlive(group: number) {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** The instances' folder: each instance's process group id (PORT.pid) and log (PORT.log). */
export class Instances {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'reader-instances-'));
  readonly env: NodeJS.ProcessEnv = { ...process.env, READER_INSTANCES_DIR: this.dir };

  constructor(readonly ports: number[]) {}

  upstreams() {
    return this.ports.map((port) => `${HOST}:${port}`);
  }

  /** (Re)starts one instance through the helper and waits until it is ready. */
  async restart(port: number) {
    const result = spawnSync(RESTART_INSTANCE, [String(port)], { env: this.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`restart-instance ${port} failed: ${result.stderr}`);
    await waitReady(port);
  }

  async start() {
    await Promise.all(this.ports.map((port) => this.restart(port)));
  }

  group(port: number) {
    return Number(readFileSync(path.join(this.dir, `${port}.pid`), 'utf8'));
  }

  /** Sends `signal` to the instance's whole group; for a stop, resolves once every process of it is gone. */
  async signal(port: number, signal: NodeJS.Signals) {
    const group = this.group(port);
    process.kill(-group, signal);
    if (signal === 'SIGTERM' || signal === 'SIGKILL') await waitFor(() => !groupAlive(group), `the instance on ${port} did not stop`, 20_000);
  }

  async stopAll() {
    const ports = readdirSync(this.dir).filter((name) => name.endsWith('.pid')).map((name) => Number(name.slice(0, -4)));
    await Promise.all(ports.filter((port) => groupAlive(this.group(port))).map((port) => this.signal(port, 'SIGTERM')));
  }

  log(port: number) {
    return readFileSync(path.join(this.dir, `${port}.log`), 'utf8');
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** deploy/nginx/start on `port` in front of `upstreams`, its folder kept for deploy/rolling-restart. */
export async function startCache({ port, upstreams, env = {} }: { port: number; upstreams: string[]; env?: Record<string, string> }): Promise<Cache> {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'reader-cache-'));
  const child = spawn(path.join(ROOT, 'deploy', 'nginx', 'start'), [String(port), ...upstreams], {
    env: { ...process.env, NGINX_STATE_DIR: stateDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://${HOST}:${port}`;
  await waitFor(() => answers(`${url}/`, 200), `nginx did not start:\n${log}`, 20_000);
  return {
    url,
    stateDir,
    log: () => log,
    upstreamsConf: () => readFileSync(path.join(stateDir, 'upstreams.conf'), 'utf8'),
    /** Re-renders the upstreams (deploy/nginx/upstreams: "host:port" or "host:port=down") and reloads nginx. */
    setUpstreams(list: string[]) {
      const result = spawnSync(path.join(ROOT, 'deploy', 'nginx', 'upstreams'), [stateDir, ...list], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`deploy/nginx/upstreams failed: ${result.stderr}`);
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/**
 * deploy/rolling-restart over every instance; resolves with its exit code, its output, and each
 * instance's restart time (seconds: stopped, started, ready) from its report lines.
 */
export function rollingRestart({ cache, instances, env = {} }: { cache: Cache; instances: Instances; env?: Record<string, string> }): Promise<RollingRestart> {
  const child = spawn(path.join(ROOT, 'deploy', 'rolling-restart'), [cache.stateDir, ...instances.upstreams()], {
    env: { ...instances.env, READER_RESTART_COMMAND: RESTART_INSTANCE, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return once(child, 'exit').then(([code]) => ({
    code: code as number | null,
    stdout,
    stderr,
    instances: [...stdout.matchAll(/^(\S+) restart=([\d.]+)s$/gm)].map(([, upstream = '', restart]) => ({ upstream, restartSeconds: Number(restart) })),
  }));
}

/** How many requests sit unread at the instance on `port` (its sockets' receive queues): a frozen instance's backlog. */
export function queuedAt(port: number) {
  const lines = execFileSync('ss', ['-Htn', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  return lines.filter((line) => Number(line.trim().split(/\s+/)[0]) > 0).length;
}

/**
 * What readers do during a restart: the story, its sources list and an article with and
 * without the note passed, the settings stylesheet and page, the note's form and the
 * settings form. Every answer should be 200 or 303.
 */
export function restartMix(story: Story): LoadRequest[] {
  const r = readerRequests(story);
  return [r.note, r.story, r.sources, r.articleNote, r.article, r.settingsStylesheet, r.settingsPage, r.passNote, r.saveSettings];
}

/**
 * What marks each variant of a gated page: the content note's heading, and the story's own
 * title, from the module that gives the pages their ids (the story's notes section, the mark
 * until issue 27, left the page, and a stale mark made "never the story" pass unchecked).
 */
const idOf = (heading: keyof typeof HEADING_IDS) => `id="${HEADING_IDS[heading]}"`;
export const NOTE_MARK = idOf('contentNote');
export const STORY_MARK = idOf('story');

/**
 * The reading pages of `restartMix`, each with the cookie its reader sends and what the
 * answer must hold: the note for a reader who has not passed it (and never the story), the
 * page itself for one who has.
 */
export function readingPages({ slug, source, noteCookie }: Story): ReadingPage[] {
  const story = `/stories/${slug}`;
  return [
    { path: story, mark: NOTE_MARK },
    { path: story, cookie: noteCookie, mark: STORY_MARK },
    { path: `${story}/sources`, cookie: noteCookie, mark: idOf('sources') },
    { path: `${story}/sources/${source}`, mark: NOTE_MARK },
    { path: `${story}/sources/${source}`, cookie: noteCookie, mark: idOf('source') },
  ];
}

/** True when `body` is the right variant for `page`: its mark, and for a reader without the note passed, no story. */
export const rightVariant = (page: ReadingPage, body: string) => body.includes(page.mark) && (page.cookie !== undefined || !body.includes(STORY_MARK));

