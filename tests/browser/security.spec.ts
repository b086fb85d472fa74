import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { GATED_CACHE_CONTROL } from '../../lib/gate/paths';
import { PUBLIC_CACHE_CONTROL, READER_SETTINGS_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL } from '../../lib/http/cache';
import { SETTINGS_COOKIE } from '../../lib/settings/settings';
import { FEED_PATH } from '../../lib/view/routes';
import { header, rawRequest, type RawRequest, type RawResponse } from './raw-http';

/**
 * Security headers on every kind of response: pages (past the content note
 * and not), 404 pages, JSON and its 404, static files and their 404,
 * redirects and refused methods. Sent over a raw socket so that duplicate
 * headers and redirects are seen as the server sent them.
 */

const STORY = '/stories/teigen-pregnancy-loss-essay';
const PASSED = { headers: [['Cookie', `${CONTENT_NOTE_COOKIE}=teigen-pregnancy-loss-essay`]] as [string, string][] };

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Checks one response; `kind` says whether it is an HTML page (scripts by nonce) or anything else (no scripts). */
function expectSecurityHeaders(response: RawResponse, what: string) {
  const policies = header(response, 'content-security-policy');
  expect(policies, `${what}: exactly one Content-Security-Policy`).toHaveLength(1);
  const csp = directives(policies[0]!);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.get('form-action'), what).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts, `${what}: no eval, no inline script allowed wholesale`).not.toContain("'unsafe-eval'");
  expect(scripts, what).not.toContain("'unsafe-inline'");
  const byNonceOrHash = scripts[0] === "'self'" && scripts.slice(1).length > 0 && scripts.slice(1).every((s) => /^'(nonce|sha256)-/.test(s) || s === "'strict-dynamic'");
  expect(byNonceOrHash || (scripts.length === 1 && scripts[0] === "'none'"), `${what}: script-src is by nonce, by hash or 'none' (${scripts.join(' ')})`).toBe(true);
  expect(header(response, 'x-content-type-options'), what).toEqual(['nosniff']);
  expect(header(response, 'referrer-policy'), what).toEqual(['no-referrer']);
  const permissions = header(response, 'permissions-policy');
  expect(permissions, what).toHaveLength(1);
  for (const feature of ['camera', 'microphone', 'geolocation']) expect(permissions[0], what).toContain(`${feature}=()`);
  expect(header(response, 'x-powered-by'), `${what}: no X-Powered-By`).toEqual([]);
  return csp;
}

function isHtml(response: RawResponse) {
  return (header(response, 'content-type')[0] ?? '').startsWith('text/html');
}

/** The nonce of a page rendered for this request, if its policy has one. */
const nonceOf = (csp: Map<string, string[]>) => /^'nonce-([^']+)'$/.exec((csp.get('script-src') ?? []).find((s) => s.startsWith("'nonce-")) ?? '')?.[1];

/**
 * An HTML page: every inline script is allowed, by the response's nonce (a page
 * rendered for this request) or by its own hash (a prerendered page), and
 * external scripts are this site's own.
 */
function expectScriptsAllowed(response: RawResponse, what: string, csp: Map<string, string[]>) {
  const allowed = new Set(csp.get('script-src') ?? []);
  const nonce = nonceOf(csp);
  const html = response.body.toString('utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  for (const [, attributes, text] of scripts) {
    if (/\bsrc="\/_next\//.test(attributes!)) continue;
    const hash = `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`;
    const byNonce = nonce !== undefined && attributes!.includes(`nonce="${nonce}"`);
    expect(byNonce || allowed.has(hash), `${what}: an inline script is allowed by the nonce or its hash (${hash})`).toBe(true);
  }
}

test.describe('security headers', () => {
  const cases: [string, RawRequest, number][] = [
    ['home page', { target: '/' }, 200],
    ['story behind its content note', { target: STORY }, 200],
    ['story, note passed', { target: STORY, ...PASSED }, 200],
    ['articles list, note passed', { target: `${STORY}/sources`, ...PASSED }, 200],
    ['one article, note passed', { target: `${STORY}/sources/heart`, ...PASSED }, 200],
    ['reading settings', { target: '/settings' }, 200],
    ['a page that does not exist', { target: '/no/such/page' }, 404],
    ['a story that does not exist', { target: '/stories/no-such-story', ...PASSED }, 404],
    ['a near miss of a static file name', { target: '/icon.svg.html' }, 404],
    ['citations JSON', { target: `${STORY}/citations.json` }, 200],
    ['the e-book, note passed', { target: `${STORY}.epub`, ...PASSED }, 200],
    ['the e-book behind its content note', { target: `${STORY}.epub` }, 200],
    ['citations JSON of no story', { target: '/stories/no-such-story/citations.json' }, 404],
    ['the citations JSON Schema', { target: '/citations.schema.json' }, 200],
    ['the Atom feed', { target: '/feed.xml' }, 200],
    ['the sitemap', { target: '/sitemap.xml' }, 200],
    ['robots.txt', { target: '/robots.txt' }, 200],
    ['the icon', { target: '/icon.svg' }, 200],
    ['the web app manifest', { target: '/manifest.webmanifest' }, 200],
    ['a static file that does not exist', { target: '/_next/static/chunks/no-such-file.js' }, 404],
    ["Next's trailing-slash redirect", { target: `${STORY}/` }, 308],
    ['HEAD of the home page', { method: 'HEAD', target: '/' }, 200],
    ['TRACE, refused', { method: 'TRACE', target: '/' }, 405],
  ];

  for (const [what, request, status] of cases) {
    test(`given ${what}, every security header is there`, async ({ baseURL }) => {
      const response = await rawRequest(baseURL!, request);
      expect(response.status, what).toBe(status);
      const csp = expectSecurityHeaders(response, what);
      if (isHtml(response) && request.method !== 'HEAD') expectScriptsAllowed(response, what, csp);
      // What README promises: nothing that is not a page may run a script.
      if (!isHtml(response)) expect(csp.get('script-src'), `${what}: no script may run`).toEqual(["'none'"]);
    });
  }

  test('given the JavaScript and CSS a story page loads, each carries the headers and a script-free policy', async ({ baseURL }) => {
    const page = await rawRequest(baseURL!, { target: STORY, ...PASSED });
    const assets = [...page.body.toString('utf8').matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of new Set(assets)) {
      const response = await rawRequest(baseURL!, { target: asset });
      expect(response.status, asset).toBe(200);
      const csp = expectSecurityHeaders(response, asset);
      expect(csp.get('script-src'), asset).toEqual(["'none'"]);
      expect(header(response, 'cache-control')[0], asset).toContain('immutable');
    }
  });

  test('given two requests for the page rendered per request, each gets its own nonce', async ({ baseURL }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await rawRequest(baseURL!, { target: '/settings' });
      const csp = expectSecurityHeaders(response, 'settings');
      expectScriptsAllowed(response, 'settings', csp);
      nonces.add(nonceOf(csp)!);
    }
    expect(nonces.size).toBe(3);
  });

  test('given a prerendered page, its policy allows its scripts by hash, and no nonce', async ({ baseURL }) => {
    for (const request of [{ target: '/' }, { target: STORY }, { target: STORY, ...PASSED }] satisfies RawRequest[]) {
      const response = await rawRequest(baseURL!, request);
      const csp = expectSecurityHeaders(response, request.target);
      expect(nonceOf(csp), request.target).toBeUndefined();
      expect((csp.get('script-src') ?? []).some((s) => s.startsWith("'sha256-")), request.target).toBe(true);
    }
  });

  test('given any response, none of Next’s internal headers reaches the reader', async ({ baseURL }) => {
    const requests: RawRequest[] = [{ target: '/' }, { target: STORY }, { target: STORY, ...PASSED }, { target: STORY, headers: [['RSC', '1']] }, { target: '/no/such/page' }, { target: `${STORY}/citations.json` }];
    for (const request of requests) {
      const response = await rawRequest(baseURL!, request);
      const internal = response.headers.map(([name]) => name).filter((name) => /^x-(nextjs|middleware|invoke|matched-path)/.test(name));
      expect(internal, `${String(request.target)} ${JSON.stringify(request.headers ?? [])}`).toEqual([]);
    }
  });

  test('given a redirect, its Location stays on this site', async ({ baseURL }) => {
    const response = await rawRequest(baseURL!, { target: `${STORY}/sources/` });
    expect(response.status).toBe(308);
    expect(header(response, 'location')).toEqual([`${STORY}/sources`]);
  });
});

test.describe('what a shared cache may keep (docs/deployment.md, the table of routes)', () => {
  const cacheControl = (response: RawResponse) => header(response, 'cache-control').join(', ');
  const varies = (response: RawResponse) => header(response, 'vary').join(', ').toLowerCase().split(/\s*,\s*/);
  const SETTINGS = [['Cookie', `${SETTINGS_COOKIE}=size%3Dlarge`]] as [string, string][];
  const BOTH = [['Cookie', `${CONTENT_NOTE_COOKIE}=teigen-pregnancy-loss-essay; ${SETTINGS_COOKIE}=size%3Dlarge`]] as [string, string][];

  test('given a gated page or the book, the app says private, no-store and Vary: Cookie, and the note cookie changes the answer', async ({ baseURL }) => {
    for (const target of [STORY, `${STORY}/sources`, `${STORY}/sources/heart`, `${STORY}.epub`]) {
      const [without, passed] = [await rawRequest(baseURL!, { target }), await rawRequest(baseURL!, { target, ...PASSED })];
      for (const response of [without, passed]) {
        expect(cacheControl(response), target).toBe(GATED_CACHE_CONTROL);
        expect(varies(response), target).toContain('cookie');
      }
      expect(without.body.equals(passed.body), `${target}: the note flag must change the answer`).toBe(false);
    }
  });

  test('given the pages the same for every reader, the app says public with s-maxage, no Vary: Cookie, and no cookie changes the answer', async ({ baseURL }) => {
    // The later pages of the list (/page/2, …) are held to the same Cache-Control by tests/browser/story-list.spec.ts.
    for (const target of ['/', `${STORY}/summary`, `${STORY}/citations.json`, '/citations.schema.json', FEED_PATH]) {
      const plain = await rawRequest(baseURL!, { target });
      expect(plain.status, target).toBe(200);
      expect(cacheControl(plain), target).toBe(PUBLIC_CACHE_CONTROL);
      expect(varies(plain), target).not.toContain('cookie');
      expect((await rawRequest(baseURL!, { target, headers: BOTH })).body.equals(plain.body), `${target}: no cookie may change it`).toBe(true);
    }
  });

  test('given the sitemap and robots.txt, caches must revalidate; static files are kept forever', async ({ baseURL }) => {
    for (const target of ['/sitemap.xml', '/robots.txt']) expect(cacheControl(await rawRequest(baseURL!, { target })), target).toBe(REVALIDATE_CACHE_CONTROL);
    const page = await rawRequest(baseURL!, { target: STORY, ...PASSED });
    const asset = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page.body.toString('utf8'))![1]!;
    expect(cacheControl(await rawRequest(baseURL!, { target: asset }))).toBe('public, max-age=31536000, immutable');
  });

  test('given what depends on one reader, no shared cache may keep it: the settings stylesheet varies on the cookie, the settings page and the 404 are not stored', async ({ baseURL }) => {
    const css = await rawRequest(baseURL!, { target: '/reader-settings.css', headers: SETTINGS });
    expect(cacheControl(css)).toBe(READER_SETTINGS_CACHE_CONTROL);
    expect(varies(css)).toContain('cookie');
    for (const target of ['/settings', '/no-such-page']) {
      const response = await rawRequest(baseURL!, { target });
      expect(cacheControl(response), target).toMatch(/\bprivate\b.*\bno-store\b/);
    }
  });
});
