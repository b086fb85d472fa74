import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildIdFile,
  clientReferenceManifestFile,
  pageFile,
  prerenderManifestFile,
  STATIC_DIR,
  type PrerenderManifest,
} from '../../lib/release/next-layout';
import { pagePoliciesFile, policiesText } from '../../lib/release/page-policies';
import type { PagePolicies } from '../../lib/http/page-policies';

/** What a test's build folder holds; anything left out is not written. */
export interface FakeBuild {
  buildId?: string;
  /** Prerendered pages, route → HTML; each also gets an empty .meta and its entry in the prerender manifest. */
  pages?: Record<string, string>;
  /** Route → the route pattern it comes from, in the prerender manifest. */
  sourceRoutes?: Record<string, string>;
  /** Route pattern → the client modules its client reference manifest lists. */
  clientModules?: Record<string, Record<string, unknown>>;
  policies?: PagePolicies;
  /** Files among the build's static files, by their path there. */
  statics?: Record<string, string>;
}

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A build folder laid out as `next build` lays it (lib/release/next-layout.ts), in a folder of its own under the system's temp folder. */
export function fakeNextBuild({ buildId = 'build-1', pages = {}, sourceRoutes = {}, clientModules = {}, policies, statics = {} }: FakeBuild): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'next-build-'));
  write(buildIdFile(dir), buildId);
  const manifest: PrerenderManifest = { routes: Object.fromEntries(Object.keys(pages).map((route) => [route, { srcRoute: sourceRoutes[route] ?? null }])) };
  write(prerenderManifestFile(dir), JSON.stringify(manifest));
  for (const [route, html] of Object.entries(pages)) {
    write(pageFile(dir, route), html);
    write(pageFile(dir, route).replace(/\.html$/, '.meta'), '{}');
  }
  for (const [sourceRoute, modules] of Object.entries(clientModules)) {
    const page = `${sourceRoute === '/' ? '' : sourceRoute}/page`;
    write(
      clientReferenceManifestFile(dir, sourceRoute),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(page)}] = ${JSON.stringify({ clientModules: modules })};`,
    );
  }
  if (policies) write(pagePoliciesFile(dir), policiesText(policies));
  for (const [file, text] of Object.entries(statics)) write(path.join(dir, STATIC_DIR, file), text);
  return dir;
}
