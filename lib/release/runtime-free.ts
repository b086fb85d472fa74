import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientReferenceManifestFile, ERROR_ROUTES, pageFile, prerenderedPages, sourceRoutes, STATIC_DIR, STATIC_PATH } from './next-layout';

/**
 * Reading pages carry no framework runtime. Every prerendered page is fixed
 * when the build ends, and works as plain HTML: links, forms and the claims'
 * notes, which open as the page's target. Next's App Router nonetheless streams the
 * page a second time into it (the flight payload, `self.__next_f`) with the
 * React runtime that re-creates it in the browser: most of the story's bytes,
 * and its Total Blocking Time on a phone. So, once `next build` has written
 * the pages (lib/release/finish.ts), this step:
 *  1. removes from each prerendered page every framework script, script
 *     preload and inline script (JSON-LD, a data block, stays);
 *  2. gives the pages that have something to enhance (an element with
 *     data-enhance, lib/client/hooks.ts) the one first-party script, built
 *     from lib/client/reader.ts and served from /_next/static (immutable,
 *     allowed by 'self');
 *  3. fails the build, naming the page, when a page would still ship a
 *     framework script or more first-party script than the budget, or when
 *     it uses a client component that would need the runtime to work.
 * The error pages keep Next's runtime (Next renders them itself, per request
 * too), and /settings is rendered per request, so it keeps it as well.
 */

/** Script on any reading page, gzip-compressed, at most. */
export const SCRIPT_BUDGET_BYTES = 5 * 1024;

/**
 * Client components whose server-rendered HTML is complete without hydration
 * (a plain link the server fills in), so a page without runtime loses nothing.
 * Any other client component on a reading page fails the build.
 */
export const COMPLETE_AS_RENDERED = new Set(['components/SettingsLink.tsx']);

/** Where the first-party script is written among the build's static files, and so the path it is served at. */
const SCRIPT_DIR = 'reader';
export const SCRIPT_PATH_PREFIX = `${STATIC_PATH}${SCRIPT_DIR}/`;

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/gi;
const DATA_BLOCK = /\btype="application\/ld\+json"/i;

/** The pages rendered by Next itself when an address fails keep what Next gives them. */
export const needsRuntime = (route: string) => ERROR_ROUTES.includes(route);

/** A page's HTML without Next's scripts, with the first-party script where the page has something it enhances. */
export function withoutRuntime(html: string, scriptPath: string): string {
  const bare = html.replace(SCRIPT, (tag, attributes: string) => (DATA_BLOCK.test(attributes) ? tag : '')).replace(SCRIPT_PRELOAD, '');
  if (!bare.includes('data-enhance=')) return bare;
  return bare.replace('</head>', `<script defer src="${scriptPath}"></script></head>`);
}

/** The scripts a page would run: their src, or "inline" for an inline script that is not a data block. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(SCRIPT)].flatMap(([, attributes = '']) => {
    if (DATA_BLOCK.test(attributes)) return [];
    return [/\bsrc="([^"]*)"/i.exec(attributes)?.[1] ?? 'inline'];
  });
}

export interface FirstPartyScript {
  path: string;
  gzipBytes: number;
}

/** Why a page without runtime would not be what it must be: empty when it is. */
export function runtimeProblems(route: string, html: string, script: FirstPartyScript, clientComponents: readonly string[]): string[] {
  const problems: string[] = [];
  const scripts = scriptsOf(html);
  for (const src of scripts.filter((src) => src !== script.path)) problems.push(`${route} would ship a script that is not the reader's own (${src})`);
  if (html.includes('self.__next_f')) problems.push(`${route} would carry the framework's flight payload`);
  const gzipBytes = scripts.includes(script.path) ? script.gzipBytes : 0;
  if (gzipBytes > SCRIPT_BUDGET_BYTES) problems.push(`${route} would ship ${gzipBytes} bytes of script (gzip), over the budget of ${SCRIPT_BUDGET_BYTES}`);
  for (const component of clientComponents.filter((file) => !COMPLETE_AS_RENDERED.has(file))) {
    problems.push(`${route} uses ${component}, a client component that needs the runtime to work`);
  }
  return problems;
}

/** The project's own client components a route renders, from Next's client reference manifest. */
export function clientComponentsOf(nextDir: string, sourceRoute: string): string[] {
  const file = clientReferenceManifestFile(nextDir, sourceRoute);
  if (!existsSync(file)) return [];
  const manifests: Record<string, { clientModules: Record<string, unknown> }> = {};
  new Function('globalThis', readFileSync(file, 'utf8'))({ __RSC_MANIFEST: manifests });
  const modules = Object.values(manifests).flatMap((manifest) => Object.keys(manifest.clientModules));
  const own = modules.filter((key) => key.startsWith('[project]/') && !key.startsWith('[project]/node_modules/'));
  return [...new Set(own.map((key) => key.slice('[project]/'.length).split(' ')[0]!))];
}

/** Writes the bundled first-party script into the build, under a name that is its hash. */
export function writeFirstPartyScript(nextDir: string, code: string): FirstPartyScript {
  const name = `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  const dir = path.join(nextDir, STATIC_DIR, SCRIPT_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), code);
  return { path: `${SCRIPT_PATH_PREFIX}${name}`, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** Step 1 to 3 over a whole build: the pages rewritten in place; every problem, for the build to print and stop on. */
export function removeRuntime(nextDir: string, script: FirstPartyScript): { pages: number; problems: string[] } {
  const sources = sourceRoutes(nextDir);
  const problems: string[] = [];
  // One manifest per route pattern, however many pages it prerendered (16 pages a story, a thousand stories).
  const components = new Map<string, string[]>();
  const componentsOf = (source: string) => components.get(source) ?? components.set(source, clientComponentsOf(nextDir, source)).get(source)!;
  let pages = 0;
  for (const { route, html } of prerenderedPages(nextDir)) {
    if (needsRuntime(route)) continue;
    const bare = withoutRuntime(html, script.path);
    writeFileSync(pageFile(nextDir, route), bare);
    problems.push(...runtimeProblems(route, bare, script, componentsOf(sources.get(route) ?? route)));
    pages++;
  }
  return { pages, problems };
}
