import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeNextBuild, type FakeBuild } from '@/tests/support/next-build';
import type { PagePolicies } from '../http/page-policies';
import { pageFile, routeFiles, STATIC_DIR } from './next-layout';
import { readPagePolicies as policiesOf } from './page-policies';
import { changedRoutes, mergedPolicies, publish, publishProblems } from './publish';

/** A build folder with only what publishing reads: the build id, the prerender manifest, the policies and the pages' files. */
function fakeBuild({ buildId = 'same-code', pages, policies = {}, ...files }: Omit<FakeBuild, 'policies'> & { policies?: PagePolicies['byPath'] }): string {
  return fakeNextBuild({ buildId, pages, policies: { buildId, byPath: policies, errorPages: ['sha256-error'] }, ...files });
}

const read = (file: string) => readFileSync(file, 'utf8');
const staticFile = (dir: string, file: string) => path.join(dir, STATIC_DIR, file);

describe('publishProblems', () => {
  it('allows a partial build of the same code that renders only pages the served build has', () => {
    const live = fakeBuild({ pages: { '/': 'a', '/stories/x': 'b', '/stories/y': 'c' } });
    const partial = fakeBuild({ pages: { '/': 'a2', '/stories/x': 'b2' } });
    expect(publishProblems(live, partial)).toEqual([]);
  });

  it('refuses a partial build of other code', () => {
    const live = fakeBuild({ buildId: 'old-code', pages: { '/': 'a' } });
    const partial = fakeBuild({ buildId: 'new-code', pages: { '/': 'a' } });
    expect(publishProblems(live, partial)).toEqual([expect.stringContaining('other code')]);
  });

  it('refuses pages the served build lacks, naming them', () => {
    const live = fakeBuild({ pages: { '/stories/x': 'b' } });
    const partial = fakeBuild({ pages: { '/stories/x': 'b', '/stories/x/sources/new': 'n' } });
    expect(publishProblems(live, partial)).toEqual([expect.stringContaining('/stories/x/sources/new')]);
  });
});

describe('changedRoutes', () => {
  it('lists only the routes whose files differ', () => {
    const live = fakeBuild({ pages: { '/': 'home', '/stories/x': 'old', '/stories/y': 'same' } });
    const partial = fakeBuild({ pages: { '/': 'home', '/stories/x': 'new', '/stories/y': 'same' } });
    expect(changedRoutes(live, partial)).toEqual(['/stories/x']);
  });
});

describe('mergedPolicies', () => {
  const live: PagePolicies = { buildId: 'b', byPath: { '/stories/x': ['sha256-old'], '/other': ['sha256-o'] }, errorPages: [] };
  const partial: PagePolicies = { buildId: 'b', byPath: { '/stories/x': ['sha256-new'] }, errorPages: [] };

  it('while the pages are swapped, allows the scripts of both versions of a changed address', () => {
    expect(mergedPolicies(live, partial, ['/stories/x'], true).byPath).toEqual({ '/stories/x': ['sha256-old', 'sha256-new'], '/other': ['sha256-o'] });
  });

  it('at the end, allows only the new version, and leaves other addresses alone', () => {
    expect(mergedPolicies(live, partial, ['/stories/x'], false).byPath).toEqual({ '/stories/x': ['sha256-new'], '/other': ['sha256-o'] });
  });
});

describe('publish', () => {
  const served = () =>
    fakeBuild({
      pages: { '/': 'home', '/stories/x': 'old x', '/stories/y': 'y' },
      policies: { '/': ['sha256-h'], '/stories/x': ['sha256-old'], '/stories/y': ['sha256-y'] },
      statics: { 'chunks/kept.css': 'live css' },
    });
  const corrected = () =>
    fakeBuild({
      pages: { '/': 'home', '/stories/x': 'new x' },
      policies: { '/': ['sha256-h'], '/stories/x': ['sha256-new'] },
      statics: { 'chunks/kept.css': 'partial css', 'chunks/added.css': 'added' },
    });

  it('replaces the changed pages and their policies, and touches no other page', () => {
    const [live, partial] = [served(), corrected()];
    publish(live, partial, changedRoutes(live, partial));
    expect(read(pageFile(live, '/stories/x'))).toBe('new x');
    expect(read(pageFile(live, '/stories/y'))).toBe('y');
    expect(policiesOf(live).byPath).toEqual({ '/': ['sha256-h'], '/stories/x': ['sha256-new'], '/stories/y': ['sha256-y'] });
    expect(routeFiles(live, '/stories/x').every((file) => !file.endsWith('.publishing'))).toBe(true);
  });

  it('adds the static files the new pages name, and never replaces one the served pages use', () => {
    const [live, partial] = [served(), corrected()];
    publish(live, partial, ['/stories/x']);
    expect(read(staticFile(live, 'chunks/added.css'))).toBe('added');
    expect(read(staticFile(live, 'chunks/kept.css'))).toBe('live css');
  });
});
