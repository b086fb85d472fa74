import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_DESCRIPTION, SITE_NAME, siteUrlFrom } from './site';

describe('siteUrlFrom', () => {
  it('takes an http(s) origin, and defaults to the address npm start serves', () => {
    expect(siteUrlFrom('https://reader.example').toString()).toBe('https://reader.example/');
    expect(siteUrlFrom(undefined).toString()).toBe('http://localhost:3000/');
    expect(siteUrlFrom('  ').toString()).toBe('http://localhost:3000/');
  });

  it('refuses what is not an http(s) origin alone, so no absolute address can point into a path or another scheme', () => {
    for (const value of ['javascript:alert(1)', 'file:///etc', 'https://reader.example/stories', 'https://reader.example/?q=1', 'https://reader.example/#x', 'not a url']) {
      expect(() => siteUrlFrom(value), value).toThrow();
    }
  });
});

describe('the web app manifest (public/manifest.webmanifest)', () => {
  it('names the site and describes it as the pages do', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../public/manifest.webmanifest', import.meta.url), 'utf8')) as { name: string; short_name: string; description: string };
    expect(manifest.name).toBe(SITE_NAME);
    expect(manifest.short_name).toBe(SITE_NAME);
    expect(manifest.description).toBe(SITE_DESCRIPTION);
  });
});
