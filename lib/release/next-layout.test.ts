import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeNextBuild } from '@/tests/support/next-build';
import {
  buildIdFile,
  clientReferenceManifestFile,
  clientReferenceManifestFiles,
  pageFile,
  prerenderedPages,
  prerenderedRoutes,
  prerenderManifestFile,
  readBuildId,
  routeFiles,
  routeOfFile,
  servedCopiesDir,
  sourceRoutes,
} from './next-layout';

// The one place besides next-layout.ts that spells Next's layout: what Next 16 writes, pinned.
describe("Next's build folder", () => {
  it('is laid out as Next 16 writes it', () => {
    expect(buildIdFile('/b')).toBe('/b/BUILD_ID');
    expect(prerenderManifestFile('/b')).toBe('/b/prerender-manifest.json');
    expect(pageFile('/b', '/')).toBe('/b/server/app/index.html');
    expect(pageFile('/b', '/stories/x')).toBe('/b/server/app/stories/x.html');
    expect(clientReferenceManifestFile('/b', '/')).toBe('/b/server/app/page_client-reference-manifest.js');
    expect(clientReferenceManifestFile('/b', '/stories/[slug]')).toBe('/b/server/app/stories/[slug]/page_client-reference-manifest.js');
    expect(servedCopiesDir('/b')).toBe('/b/server/route-cache');
  });
});

describe('routeOfFile', () => {
  it('names the route each prerendered file renders', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile(path.join('stories', 'x', 'sources.html'))).toBe('/stories/x/sources');
    expect(routeOfFile('_not-found.html')).toBe('/_not-found');
  });
});

describe('a build read through the layout', () => {
  const build = fakeNextBuild({
    buildId: 'code-1',
    pages: { '/stories/x': 'x', '/': 'home', '/stories/x/sources': 'sources' },
    sourceRoutes: { '/stories/x': '/stories/[slug]', '/stories/x/sources': '/stories/[slug]/sources' },
    clientModules: { '/stories/[slug]': {} },
  });

  it('gives its id, its prerendered routes in order and the pattern each comes from', () => {
    expect(readBuildId(build)).toBe('code-1');
    expect(prerenderedRoutes(build)).toEqual(['/', '/stories/x', '/stories/x/sources']);
    expect(sourceRoutes(build).get('/stories/x')).toBe('/stories/[slug]');
    expect(sourceRoutes(build).get('/')).toBe('/');
  });

  it('reads each prerendered page with its route, in the order of the routes', () => {
    expect([...prerenderedPages(build)]).toEqual([
      { route: '/', html: 'home' },
      { route: '/stories/x', html: 'x' },
      { route: '/stories/x/sources', html: 'sources' },
    ]);
  });

  it("finds a route's files, and its pages' client reference manifests", () => {
    expect(routeFiles(build, '/stories/x')).toEqual(['stories/x.html', 'stories/x.meta']);
    expect(clientReferenceManifestFiles(build)).toEqual([clientReferenceManifestFile(build, '/stories/[slug]')]);
  });
});
