import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineHeaders, offlineHeadersConf, offlinePageHtml, siteHostConf, writeNginxFiles } from '@/lib/release/nginx-files';
import { BASELINE_SECURITY_HEADERS, STATIC_CONTENT_SECURITY_POLICY } from '@/lib/http/security-headers';
import { SITE_NAME } from '@/lib/view/site';

describe('the offline page', () => {
  const html = offlinePageHtml();

  it('is an accessible page of its own: language, title and heading with the site name, plain words, no script or style', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<title>Briefly unavailable – ${SITE_NAME}</title>`);
    expect(html).toContain(`<h1>${SITE_NAME} is briefly unavailable</h1>`);
    expect(html).toContain('Please try again');
    expect(html).not.toMatch(/<script|<style|<link|style=/i);
  });
});

describe('the offline headers', () => {
  it('are the site’s security headers and its no-script policy, never cached, with a Retry-After', () => {
    const names = offlineHeaders().map(([name]) => name);
    for (const [name] of BASELINE_SECURITY_HEADERS) expect(names).toContain(name);
    expect(offlineHeaders()).toContainEqual(['Content-Security-Policy', STATIC_CONTENT_SECURITY_POLICY]);
    expect(offlineHeaders()).toContainEqual(['Cache-Control', 'no-store']);
    expect(names).toContain('Retry-After');
  });

  it('are written as nginx add_header lines that also apply to error answers', () => {
    expect(offlineHeadersConf([['X-Frame-Options', 'DENY']])).toBe('add_header X-Frame-Options "DENY" always;\n');
  });

  it('refuse a value nginx would read as a variable or that would end its string', () => {
    expect(() => offlineHeadersConf([['X', 'a$b']])).toThrow();
    expect(() => offlineHeadersConf([['X', 'a"b']])).toThrow();
  });
});

describe('the site host', () => {
  it('is the host the pages were built for, port included', () => {
    expect(siteHostConf(new URL('https://reader.example'))).toBe('set $site_host "reader.example";\n');
    expect(siteHostConf(new URL('http://localhost:3000'))).toBe('set $site_host "localhost:3000";\n');
  });
});

describe('writeNginxFiles', () => {
  it('writes the page, its headers and the host into the build folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nginx-files-'));
    try {
      const out = writeNginxFiles(dir);
      expect(readFileSync(path.join(out, 'offline.html'), 'utf8')).toBe(offlinePageHtml());
      expect(readFileSync(path.join(out, 'offline-headers.conf'), 'utf8')).toBe(offlineHeadersConf());
      expect(readFileSync(path.join(out, 'site-host.conf'), 'utf8')).toBe(siteHostConf());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
