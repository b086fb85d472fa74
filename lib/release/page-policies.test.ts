import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_ROUTES } from '@/lib/release/next-layout';
import { computePagePolicies, pagePolicyDrift } from '@/lib/release/page-policies';
import { pagePolicyFor } from '@/lib/http/page-policies';
import { inlineScriptHashes } from '@/lib/http/security-headers';
import { fakeNextBuild } from '@/tests/support/next-build';

/** A build folder with the given prerendered pages (route → HTML) and a build id. */
function fakeBuild(pages: Record<string, string>, buildId = 'build-1') {
  const dir = fakeNextBuild({ pages, buildId });
  built.push(dir);
  return dir;
}
const built: string[] = [];
afterEach(() => {
  for (const dir of built.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (...scripts: string[]) => `<html><body>${scripts.map((s) => `<script>${s}</script>`).join('')}<script src="/_next/static/x.js"></script></body></html>`;

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
      '/': page('home()'),
      '/stories/s': page('story()'),
      '/content-note/s': page('note()'),
      [ERROR_ROUTES[0]!]: page('missing()'),
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
    const dir = fakeBuild({ '/': page('home()') });
    expect(pagePolicyDrift(dir, computePagePolicies(dir))).toEqual([]);
  });

  it('names a page whose scripts changed after its policy was written, and another build', () => {
    const before = fakeBuild({ '/': page('home()') });
    const written = computePagePolicies(before);
    const after = fakeBuild({ '/': page('home(2)') }, 'build-2');
    const drift = pagePolicyDrift(after, written);
    expect(drift.some((problem) => problem.includes('build-2'))).toBe(true);
    expect(drift.some((problem) => problem.includes(' / '))).toBe(true);
  });
});
