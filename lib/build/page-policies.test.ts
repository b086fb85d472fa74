import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computePagePolicies, pagePolicyDrift, pagePolicyFor, routeOfFile } from '@/lib/http/page-policies';
import { inlineScriptHashes } from '@/lib/http/security-headers';

/** A build folder with the given prerendered pages (route file → HTML) and a BUILD_ID. */
function fakeBuild(pages: Record<string, string>, buildId = 'build-1') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'page-policies-'));
  for (const [file, html] of Object.entries(pages)) {
    const full = path.join(dir, 'server', 'app', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, html);
  }
  writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
  built.push(dir);
  return dir;
}
const built: string[] = [];
afterEach(() => {
  for (const dir of built.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (...scripts: string[]) => `<html><body>${scripts.map((s) => `<script>${s}</script>`).join('')}<script src="/_next/static/x.js"></script></body></html>`;

describe('routeOfFile', () => {
  it('names the route each prerendered file renders', () => {
    expect(routeOfFile('index.html')).toBe('/');
    expect(routeOfFile(path.join('stories', 'x', 'sources.html'))).toBe('/stories/x/sources');
    expect(routeOfFile('_not-found.html')).toBe('/_not-found');
  });
});

describe('inlineScriptHashes', () => {
  it('hashes every inline script once, and no script file', () => {
    const hashes = inlineScriptHashes(page('a()', 'b()', 'a()'));
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});

describe('computePagePolicies', () => {
  const build = () =>
    fakeBuild({
      'index.html': page('home()'),
      'stories/s.html': page('story()'),
      'content-note/s.html': page('note()'),
      '_not-found.html': page('missing()'),
    });

  it('gives a story’s address the hashes of the story and of its content note, served at the same address', () => {
    const policies = computePagePolicies(build());
    expect([...policies.byPath['/stories/s']!].sort()).toEqual([...inlineScriptHashes(page('story()')), ...inlineScriptHashes(page('note()'))].sort());
    expect(policies.byPath['/content-note/s']).toBeUndefined();
    // The note answers at the story's book's address too, when the reader has not passed it.
    expect(policies.byPath['/stories/s.epub']).toEqual(inlineScriptHashes(page('note()')));
    expect(policies.buildId).toBe('build-1');
  });

  it('lets every address answer with the 404 page, and an unknown address only with it', () => {
    const policies = computePagePolicies(build());
    const [notFound] = inlineScriptHashes(page('missing()'));
    expect(pagePolicyFor(policies, '/')).toContain(notFound);
    expect(pagePolicyFor(policies, '/no/such/page')).toContain(notFound);
    expect(pagePolicyFor(policies, '/no/such/page')).not.toContain(inlineScriptHashes(page('home()'))[0]);
    expect(pagePolicyFor(policies, '/STORIES/S')).toBe(pagePolicyFor(policies, '/stories/s'));
    expect(pagePolicyFor(policies, '/')).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(pagePolicyFor(policies, '/')).not.toContain('unsafe-inline');
  });
});

describe('pagePolicyDrift', () => {
  it('finds nothing when the policies were computed from the same build', () => {
    const dir = fakeBuild({ 'index.html': page('home()') });
    expect(pagePolicyDrift(dir, computePagePolicies(dir))).toEqual([]);
  });

  it('names a page whose scripts changed after its policy was written, and another build', () => {
    const before = fakeBuild({ 'index.html': page('home()') });
    const written = computePagePolicies(before);
    const after = fakeBuild({ 'index.html': page('home(2)') }, 'build-2');
    const drift = pagePolicyDrift(after, written);
    expect(drift.some((problem) => problem.includes('build-2'))).toBe(true);
    expect(drift.some((problem) => problem.includes(' / '))).toBe(true);
  });
});
