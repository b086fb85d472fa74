import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PagePolicies } from '../http/page-policies';
import { appDir, prerenderedRoutes, readBuildId, routeFiles, STATIC_DIR } from './next-layout';
import { pagePoliciesFile, policiesText, readPagePolicies as readPolicies } from './page-policies';

/**
 * Publishing a partial build into a running one (scripts/build-story.ts): the
 * pages a build of one story rendered (that story's pages, and the pages that
 * list every story) replace the same pages of the full build the servers
 * serve, with their Content-Security-Policy, and nothing else is touched.
 *
 * What makes it safe:
 *  - refused unless both builds are of the same code (one build id, so the
 *    same asset names) and the partial one renders no page the full one lacks
 *    (a new story, source or listing page needs the full build: the servers'
 *    route tables are fixed when they start);
 *  - every file is staged beside its place first and then renamed over it, so
 *    a reader gets the old page or the new one, never a torn one;
 *  - while the pages are swapped, each changed address allows the inline
 *    scripts of both versions; the final policy follows the last rename. The
 *    servers re-read the policy file when it changes (lib/release/page-policies.ts);
 *  - the servers keep no copy of a page, in memory or on disk (next.config.mjs:
 *    cacheMaxMemorySize, isrFlushToDisk), so the renamed files are what the
 *    next request reads; nothing here touches a file the server writes.
 */

/** Why a partial build may not be published into a full one: empty when it may. */
export function publishProblems(liveDir: string, partialDir: string): string[] {
  const problems: string[] = [];
  if (readBuildId(liveDir) !== readBuildId(partialDir) || readPolicies(liveDir).errorPages.join() !== readPolicies(partialDir).errorPages.join()) {
    problems.push(`the served build (${readBuildId(liveDir)}) is of other code than this one (${readBuildId(partialDir)}): run the full build`);
  }
  const live = new Set(prerenderedRoutes(liveDir));
  const added = prerenderedRoutes(partialDir).filter((route) => !live.has(route));
  if (added.length > 0) problems.push(`pages the served build does not have (${added.slice(0, 5).join(', ')}${added.length > 5 ? ', …' : ''}): run the full build`);
  return problems;
}

/** The routes whose files differ between the two builds: the only ones to publish. */
export function changedRoutes(liveDir: string, partialDir: string): string[] {
  return prerenderedRoutes(partialDir).filter((route) => {
    const [live, partial] = [routeFiles(liveDir, route), routeFiles(partialDir, route)];
    return live.join() !== partial.join() || partial.some((file) => !sameTree(path.join(appDir(liveDir), file), path.join(appDir(partialDir), file)));
  });
}

function sameTree(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  if (!statSync(a).isDirectory()) return !statSync(b).isDirectory() && readFileSync(a).equals(readFileSync(b));
  const [namesA, namesB] = [readdirSync(a).sort(), readdirSync(b).sort()];
  return namesA.join('/') === namesB.join('/') && namesA.every((name) => sameTree(path.join(a, name), path.join(b, name)));
}

/** Written beside its target and renamed over it: whoever reads the file sees all of one version. */
function writeAtomically(file: string, text: string) {
  writeFileSync(`${file}.publishing`, text);
  renameSync(`${file}.publishing`, file);
}

const writePolicies = (nextDir: string, policies: PagePolicies) => writeAtomically(pagePoliciesFile(nextDir), policiesText(policies));

/** The live policies with each changed address's hashes replaced, or (while swapping) joined with the new ones. */
export function mergedPolicies(live: PagePolicies, partial: PagePolicies, addresses: readonly string[], join: boolean): PagePolicies {
  const byPath = { ...live.byPath };
  for (const address of addresses) byPath[address] = [...new Set([...(join ? (live.byPath[address] ?? []) : []), ...(partial.byPath[address] ?? [])])];
  return { ...live, byPath };
}

/** The static files (content-hashed names) the partial build refers to and the full one lacks: added, never replaced. */
function addStaticFiles(liveDir: string, partialDir: string) {
  cpSync(path.join(partialDir, STATIC_DIR), path.join(liveDir, STATIC_DIR), { recursive: true, force: false, errorOnExist: false });
}

/** Publishes the changed routes of `partialDir` into `liveDir`, in the order described above. */
export function publish(liveDir: string, partialDir: string, routes: readonly string[]) {
  const [live, partial] = [readPolicies(liveDir), readPolicies(partialDir)];
  // The partial build holds only its own pages, so each of its addresses is one that may change.
  const addresses = Object.keys(partial.byPath);
  addStaticFiles(liveDir, partialDir);
  const staged = routes.flatMap((route) => routeFiles(partialDir, route)).map((file) => {
    const target = path.join(appDir(liveDir), file);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(path.join(appDir(partialDir), file), `${target}.publishing`, { recursive: true });
    return target;
  });
  writePolicies(liveDir, mergedPolicies(live, partial, addresses, true));
  for (const target of staged) {
    // A file is replaced by the rename itself; a folder (a page's segments, which only client navigation reads) first goes.
    if (existsSync(target) && statSync(target).isDirectory()) rmSync(target, { recursive: true });
    renameSync(`${target}.publishing`, target);
  }
  writePolicies(liveDir, mergedPolicies(live, partial, addresses, false));
}
