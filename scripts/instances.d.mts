/** Types of instances.mjs, for the TypeScript tests that use it. */
import type { LoadRequest } from './reader-load.mjs';

export const RESTART_INSTANCE: string;
export const READY_PATH: string;
export function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs?: number): Promise<void>;
export function waitReady(port: number, timeoutMs?: number): Promise<void>;
export class Instances {
  constructor(ports: number[]);
  ports: number[];
  dir: string;
  env: NodeJS.ProcessEnv;
  upstreams(): string[];
  restart(port: number): Promise<void>;
  start(): Promise<void>;
  group(port: number): number;
  signal(port: number, signal: NodeJS.Signals): Promise<void>;
  stopAll(): Promise<void>;
  log(port: number): string;
  remove(): void;
}
export interface Cache {
  url: string;
  stateDir: string;
  log(): string;
  upstreamsConf(): string;
  setUpstreams(list: string[]): void;
  stop(): Promise<void>;
}
export function startCache(options: { port: number; upstreams: string[]; env?: Record<string, string> }): Promise<Cache>;
export interface RollingRestart {
  code: number | null;
  stdout: string;
  stderr: string;
  instances: { upstream: string; restartSeconds: number }[];
}
export function rollingRestart(options: { cache: Cache; instances: Instances; env?: Record<string, string> }): Promise<RollingRestart>;
export function queuedAt(port: number): number;
export function restartMix(story: { slug: string; source: string; noteCookie: string }): LoadRequest[];
export const NOTE_MARK: string;
export const STORY_MARK: string;
export interface ReadingPage {
  path: string;
  cookie?: string;
  mark: string;
}
export function readingPages(story: { slug: string; source: string; noteCookie: string }): ReadingPage[];
export function rightVariant(page: ReadingPage, body: string): boolean;
