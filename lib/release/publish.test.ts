import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_POLICIES_FILE, type PagePolicies } from '../http/page-policies';
import { changedRoutes, mergedPolicies, publish, publishProblems, routeFiles } from './publish';

interface FakeBuild {
  buildId?: string;
  pages: Record<string, string>;
  policies?: Record<string, string[]>;
  files?: Record<string, string>;
}

/** A build folder with only what publishing reads: BUILD_ID, the prerender manifest, the policies and the pages' files. */
function fakeBuild({ buildId = 'same-code', pages, policies = {}, files = {} }: FakeBuild): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('BUILD_ID', buildId);
  write('prerender-manifest.json', JSON.stringify({ routes: Object.fromEntries(Object.keys(pages).map((route) => [route, {}])) }));
  const written: PagePolicies = { buildId, byPath: policies, errorPages: ['sha256-error'] };
  write(PAGE_POLICIES_FILE, JSON.stringify(written));
  for (const [route, html] of Object.entries(pages)) {
    const base = route === '/' ? 'index' : route.slice(1);
    write(`server/app/${base}.html`, html);
    write(`server/app/${base}.meta`, '{}');
  }
  for (const [file, text] of Object.entries(files)) write(file, text);
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const policiesOf = (dir: string) => JSON.parse(read(dir, PAGE_POLICIES_FILE)) as PagePolicies;

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
      files: { 'static/chunks/kept.css': 'live css' },
    });
  const corrected = () =>
    fakeBuild({
      pages: { '/': 'home', '/stories/x': 'new x' },
      policies: { '/': ['sha256-h'], '/stories/x': ['sha256-new'] },
      files: { 'static/chunks/kept.css': 'partial css', 'static/chunks/added.css': 'added' },
    });

  it('replaces the changed pages and their policies, and touches no other page', () => {
    const [live, partial] = [served(), corrected()];
    publish(live, partial, changedRoutes(live, partial));
    expect(read(live, 'server/app/stories/x.html')).toBe('new x');
    expect(read(live, 'server/app/stories/y.html')).toBe('y');
    expect(policiesOf(live).byPath).toEqual({ '/': ['sha256-h'], '/stories/x': ['sha256-new'], '/stories/y': ['sha256-y'] });
    expect(routeFiles(live, '/stories/x').every((file) => !file.endsWith('.publishing'))).toBe(true);
  });

  it('adds the static files the new pages name, and never replaces one the served pages use', () => {
    const [live, partial] = [served(), corrected()];
    publish(live, partial, ['/stories/x']);
    expect(read(live, 'static/chunks/added.css')).toBe('added');
    expect(read(live, 'static/chunks/kept.css')).toBe('live css');
  });
});
