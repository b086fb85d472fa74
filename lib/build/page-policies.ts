import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readerPathsOf } from '../view/routes';
import { hashedContentSecurityPolicy, inlineScriptHashes } from './security-headers';

/**
 * The Content-Security-Policy of every prerendered page, from the build's own
 * HTML: computed when `next build` ends (scripts/build.ts), written beside the
 * build, and checked again against the HTML when the server starts, so a
 * policy can never drift from the pages it is sent with.
 *
 * A policy is per address, not per file: a story's address serves the story
 * or its content note (lib/gate/routing.ts), so its policy holds the hashes of
 * both; and any address may answer with the 404 or error page, so every policy
 * holds theirs too (our own scripts: allowing them where they do not run
 * gives nothing away).
 */

export const PAGE_POLICIES_FILE = 'reader-page-policies.json';

export interface PagePolicies {
  /** The build they were computed from (.next/BUILD_ID). */
  buildId: string;
  /** Inline-script hashes for each address (lower-cased), beyond the error pages' own. */
  byPath: Record<string, string[]>;
  /** The hashes of the pages any address may answer with: 404 and the error page. */
  errorPages: string[];
}

const ERROR_ROUTES = ['/_not-found', '/_global-error'];

/** The route a prerendered HTML file renders: "stories/x/sources.html" renders /stories/x/sources. */
export function routeOfFile(relativeFile: string): string {
  const route = `/${relativeFile.split(path.sep).join('/').replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route;
}

/**
 * Every prerendered page of a build, its route and its HTML, in the order of
 * their routes; each page is read as it is reached, so a thousand stories'
 * sixteen thousand pages are never all in memory at once.
 */
export function* prerenderedPages(nextDir: string): Generator<{ route: string; html: string }> {
  const appDir = path.join(nextDir, 'server', 'app');
  const files: { route: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) files.push({ route: routeOfFile(path.relative(appDir, full)), file: full });
    }
  };
  if (existsSync(appDir)) walk(appDir);
  for (const { route, file } of files.sort((a, b) => a.route.localeCompare(b.route))) yield { route, html: readFileSync(file, 'utf8') };
}

export function computePagePolicies(nextDir: string): PagePolicies {
  const byPath: Record<string, string[]> = {};
  const errorPages: string[] = [];
  for (const { route, html } of prerenderedPages(nextDir)) {
    const hashes = inlineScriptHashes(html);
    if (ERROR_ROUTES.includes(route)) errorPages.push(...hashes);
    else {
      for (const address of readerPathsOf(route).map((path) => path.toLowerCase())) byPath[address] = [...new Set([...(byPath[address] ?? []), ...hashes])];
    }
  }
  return { buildId: readFileSync(path.join(nextDir, 'BUILD_ID'), 'utf8').trim(), byPath, errorPages: [...new Set(errorPages)] };
}

/** The policy for a request's path (the address the reader asked for, before any rewrite). */
export function pagePolicyFor(policies: PagePolicies, pathname: string): string {
  const own = policies.byPath[pathname.toLowerCase()] ?? [];
  return hashedContentSecurityPolicy([...new Set([...own, ...policies.errorPages])]);
}

/** What differs between the policies written at build time and the build's HTML now: empty when they agree. */
export function pagePolicyDrift(nextDir: string, written: PagePolicies): string[] {
  const now = computePagePolicies(nextDir);
  const problems: string[] = [];
  if (now.buildId !== written.buildId) problems.push(`the policies are of build ${written.buildId}, the server's build is ${now.buildId}`);
  for (const address of new Set([...Object.keys(now.byPath), ...Object.keys(written.byPath)])) {
    if ((now.byPath[address] ?? []).join(' ') !== (written.byPath[address] ?? []).join(' ')) problems.push(`the inline scripts of ${address} do not match its policy`);
  }
  if (now.errorPages.join(' ') !== written.errorPages.join(' ')) problems.push('the inline scripts of the error pages do not match their policy');
  return problems;
}
