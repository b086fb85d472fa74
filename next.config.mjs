// @ts-check
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { tsImport } from 'tsx/esm/api';
import { codeFingerprint } from './lib/release/inputs.mjs';

/**
 * The rules this config states (the gate's rewrites and headers, the security
 * headers, the story pages' table) are owned by TypeScript modules in lib/,
 * which the tests check one by one. Node 20 cannot import TypeScript on its
 * own, so they are loaded with tsx's scoped import, and only when Next asks for
 * the headers and rewrites (at build, and in development): no loader is
 * registered for the rest of the process, and the production server never loads one.
 */
const load = (/** @type {string} */ file) => tsImport(file, import.meta.url);

/**
 * `next build` refuses invalid content: the same check as `npm run content:check`
 * runs first, and its path:line:column report is printed before the build stops.
 */
function checkContentOrExit() {
  // Build workers load this file again; they inherit the result through the environment.
  if (process.env.READER_CONTENT_CHECKED === '1') return;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { stdio: 'inherit' });
    process.env.READER_CONTENT_CHECKED = '1';
  } catch {
    console.error('\nnext build stopped: the content above is invalid. Fix it and build again.');
    process.exit(1);
  }
}

/** The rules the config states, from the modules that own them; loaded only where Next asks for them. */
async function rules() {
  const [{ listStorySlugs }, { gateHeaders, gateRewrites }, { PUBLIC_CACHE_CONTROL }, { BASELINE_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY }, { STORY_PAGES, LIST_PAGES_PREFIX }] = await Promise.all([
    load('./lib/content/files.ts'),
    load('./lib/gate/routing.ts'),
    load('./lib/http/cache.ts'),
    load('./lib/http/security-headers.ts'),
    load('./lib/view/routes.ts'),
  ]);
  /** @typedef {{ folder: string; data?: boolean; shared?: boolean }} StoryPage */
  /** @type {StoryPage[]} */
  const pages = STORY_PAGES;
  // Sent on every response; each page's Content-Security-Policy comes from lib/http/preload.ts.
  const securityHeaders = BASELINE_SECURITY_HEADERS.map((/** @type {[string, string]} */ [key, value]) => ({ key, value }));
  // Files carry no scripts: nothing may run in them.
  const staticFilePolicy = [{ key: 'Content-Security-Policy', value: STATIC_CONTENT_SECURITY_POLICY }];
  // What the reader publishes as data: the citations and their schema, each story's book, the feed, the sitemap and robots.txt.
  const dataFiles = [
    ...pages.filter((page) => page.data).map((page) => `/stories/:slug/${page.folder}`),
    '/stories/:slug.epub',
    '/citations.schema.json',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
  ];
  // Pages the same for every reader: a shared cache may keep them a while (Next's default is a year).
  const sharedPages = ['/', `${LIST_PAGES_PREFIX}/:page`, ...pages.filter((page) => page.shared).map((page) => `/stories/:slug/${page.folder}`)];
  return {
    headers: [
      { source: '/:path*', headers: securityHeaders },
      ...['/_next/static/:path*', '/_next/image', '/icon.svg', '/favicon.ico', '/manifest.webmanifest', ...dataFiles].map((source) => ({ source, headers: staticFilePolicy })),
      ...gateHeaders(),
      ...sharedPages.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }] })),
    ],
    // The content note's gate: decided by the router, in process, before any page renders.
    rewrites: { beforeFiles: gateRewrites(listStorySlugs()), afterFiles: [], fallback: [] },
  };
}

/**
 * Next asks for the headers and rewrites when it builds (and in development);
 * the production server reads them from the build's routes manifest, so it
 * never loads the TypeScript modules, nor tsx's loader.
 * @param {string} phase @returns {import('next').NextConfig}
 */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) checkContentOrExit();
  return {
    poweredByHeader: false,
    // Next would hash every page's whole body on every request for its ETag: about 1 ms of CPU for the
    // story, a fifth of what serving it costs. Story pages are private and never revalidated anyway.
    generateEtags: false,
    reactStrictMode: true,
    // The same code gives the same build id wherever it is built (lib/release/inputs.mjs).
    generateBuildId: () => codeFingerprint(process.cwd()),
    // A one-story build (scripts/build-story.ts) is written beside the served one, never over it.
    distDir: process.env.READER_DIST_DIR ?? '.next',
    // Every request reads its prerendered page from the build folder (the OS keeps it in memory):
    // a page published into a running build (lib/release/publish.ts) is served at once by every
    // instance, where Next's own in-process copy would keep the old one until a restart (and its
    // copy on disk, below, would keep it for good).
    cacheMaxMemorySize: 0,
    // A one-story build compiles the code the full build already type-checked (the build id says so).
    typescript: { ignoreBuildErrors: Boolean(process.env.READER_ONLY_STORY) },
    headers: async () => (await rules()).headers,
    rewrites: async () => (await rules()).rewrites,
    experimental: {
      // Next prerenders on one worker fewer than the cores (one, here); a thousand stories want them all.
      cpus: availableParallelism(),
      // No copy on disk either: by default Next copies each prerendered page it serves into
      // server/route-cache and reads that copy after. A publish then had to delete the copies while
      // requests read them; a request that found a copy half gone rendered the page itself (seconds
      // at 1,000 stories, the server's one thread blocked) and stored that render, the framework
      // runtime included and outside its CSP, in place of the published page (docs/deployment.md).
      isrFlushToDisk: false,
    },
    outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  };
}
