import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PagePolicies } from '../http/page-policies';
import { inlineScriptHashes } from '../http/security-headers';
import { readerPathsOf } from '../view/routes';
import { ERROR_ROUTES, prerenderedPages, readBuildId } from './next-layout';

/**
 * The Content-Security-Policy of every prerendered page, from the build's own
 * HTML: computed when `next build` ends (lib/release/finish.ts), written beside
 * the build, and checked again against the HTML when the server starts
 * (lib/release/server-preload.ts), so a policy can never drift from the pages
 * it is sent with. The server sends each address its policy
 * (lib/http/page-policies.ts).
 *
 * A policy is per address, not per file: a story's address serves the story
 * or its content note (lib/gate/routing.ts), so its policy holds the hashes of
 * both; and any address may answer with the 404 or error page, so every policy
 * holds theirs too (our own scripts: allowing them where they do not run
 * gives nothing away).
 */

export const PAGE_POLICIES_FILE = 'reader-page-policies.json';

export const pagePoliciesFile = (nextDir: string) => path.join(nextDir, PAGE_POLICIES_FILE);

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
  return { buildId: readBuildId(nextDir), byPath, errorPages: [...new Set(errorPages)] };
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

export const readPagePolicies = (nextDir: string) => JSON.parse(readFileSync(pagePoliciesFile(nextDir), 'utf8')) as PagePolicies;

/** The policies as the file holds them. */
export const policiesText = (policies: PagePolicies) => `${JSON.stringify(policies, null, 2)}\n`;

export const writePagePolicies = (nextDir: string, policies: PagePolicies) => writeFileSync(pagePoliciesFile(nextDir), policiesText(policies));

/** Why a server may not start on this build's policies. */
export class PoliciesProblem extends Error {}

/** The build's policies, checked against its pages: PoliciesProblem, saying why, when they are missing or no longer match. */
export function loadPagePolicies(nextDir: string): PagePolicies {
  const file = pagePoliciesFile(nextDir);
  if (!existsSync(file)) throw new PoliciesProblem(`${path.relative(process.cwd(), file)} is missing: the pages' Content-Security-Policy is computed when the build ends`);
  const policies = readPagePolicies(nextDir);
  const drift = pagePolicyDrift(nextDir, policies);
  if (drift.length > 0) throw new PoliciesProblem(`the pages' policies do not match the build (${drift.slice(0, 3).join('; ')})`);
  return policies;
}

/**
 * The policies as the build folder holds them now: re-read when the file
 * changes, which is how a story published into the running build
 * (lib/release/publish.ts) brings its pages' policies with it. The publisher
 * checked them against its pages; a stat per page answer costs microseconds.
 */
export function livePagePolicies(nextDir: string): () => PagePolicies {
  const file = pagePoliciesFile(nextDir);
  // The publisher renames a new file over the old one: a new inode, even within one millisecond.
  const version = () => {
    const { ino, mtimeMs } = statSync(file);
    return `${ino}:${mtimeMs}`;
  };
  let policies = loadPagePolicies(nextDir);
  let seen = version();
  return () => {
    const now = version();
    if (now !== seen) [policies, seen] = [readPagePolicies(nextDir), now];
    return policies;
  };
}
