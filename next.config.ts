import { execFileSync } from 'node:child_process';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { listStorySlugs } from './lib/content/files';
import { gateHeaders, gateRewrites } from './lib/gate/routing';
import { PUBLIC_CACHE_CONTROL } from './lib/http/cache';
import { BASELINE_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY } from './lib/http/security-headers';
import { STORY_PAGES } from './lib/view/routes';

// Sent on every response; each page's Content-Security-Policy comes from lib/http/preload.ts.
const securityHeaders = BASELINE_SECURITY_HEADERS.map(([key, value]) => ({ key, value }));

// Files carry no scripts: nothing may run in them.
const staticFilePolicy = [{ key: 'Content-Security-Policy', value: STATIC_CONTENT_SECURITY_POLICY }];

// What the reader publishes as data: the citations and their schema, each story's book, the feed, the sitemap and robots.txt.
const DATA_FILES = [
  ...STORY_PAGES.filter((page) => page.data).map((page) => `/stories/:slug/${page.folder}`),
  '/stories/:slug.epub',
  '/citations.schema.json',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
];

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

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) checkContentOrExit();
  return {
    poweredByHeader: false,
    // Next would hash every page's whole body on every request for its ETag: about 1 ms of CPU for the
    // story, a fifth of what serving it costs. Story pages are private and never revalidated anyway.
    generateEtags: false,
    reactStrictMode: true,
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders },
        ...['/_next/static/:path*', '/_next/image', '/icon.svg', '/favicon.ico', ...DATA_FILES].map((source) => ({ source, headers: staticFilePolicy })),
        ...gateHeaders(),
        // Pages the same for every reader: a shared cache may keep them a while (Next's default is a year).
        ...['/', ...STORY_PAGES.filter((page) => page.shared).map((page) => `/stories/:slug/${page.folder}`)].map((source) => ({
          source,
          headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }],
        })),
      ];
    },
    // The content note's gate: decided by the router, in process, before any page renders.
    async rewrites() {
      return { beforeFiles: gateRewrites(listStorySlugs()), afterFiles: [], fallback: [] };
    },
    outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  };
}
