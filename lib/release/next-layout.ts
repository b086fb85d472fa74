import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Next's build folder as it lies on disk, in one place: where `next build`
 * writes the prerendered pages and their files, the prerender manifest, the
 * build id, the error pages, each route's client reference manifest, the
 * static files and the copies a running server keeps of the pages it served.
 * Every other module (the build's last steps, publishing, the server's start,
 * the tests and the bench) reads the build through these names, so the day
 * Next lays its build out otherwise, this is the one file to change
 * (next-layout.test.ts pins each path).
 */

/** The build folder `next build` writes by default (next.config.mjs's distDir, which also names it). */
export const NEXT_DIR = '.next';

/** The build's id, one line: the same for the same code (lib/release/inputs.mjs). */
export const BUILD_ID_FILE = 'BUILD_ID';

/** The prerendered pages and the routes' server files, relative to the build folder. */
export const APP_DIR = path.join('server', 'app');

/** The static files, served under STATIC_PATH (immutable, content-hashed names). */
export const STATIC_DIR = 'static';
export const STATIC_PATH = '/_next/static/';

const PRERENDER_MANIFEST = 'prerender-manifest.json';
const ROUTE_CACHE_DIR = path.join('server', 'route-cache');
const CLIENT_REFERENCE_MANIFEST = '_client-reference-manifest.js';

/** The pages Next renders itself when an address fails (404 and the error page), by route. */
export const ERROR_ROUTES: readonly string[] = ['/_not-found', '/_global-error'];

/**
 * A prerendered route's files in the app folder: "/stories/x" is stories/x.html,
 * .meta, .rsc, .body and the folder stories/x.segments/ ("/" is index.*).
 */
export const ROUTE_FILE_SUFFIXES: readonly string[] = ['.html', '.meta', '.rsc', '.body', '.segments'];

export const appDir = (nextDir: string) => path.join(nextDir, APP_DIR);
export const buildIdFile = (nextDir: string) => path.join(nextDir, BUILD_ID_FILE);
export const readBuildId = (nextDir: string) => readFileSync(buildIdFile(nextDir), 'utf8').trim();
export const hasBuildId = (nextDir: string) => existsSync(buildIdFile(nextDir));
export const prerenderManifestFile = (nextDir: string) => path.join(nextDir, PRERENDER_MANIFEST);

/** The name a route's files start with, relative to the app folder: "/" is index, "/stories/x" is stories/x. */
export const routeBase = (route: string) => (route === '/' ? 'index' : route.slice(1));

/** The prerendered HTML of a route. */
export const pageFile = (nextDir: string, route: string) => path.join(appDir(nextDir), `${routeBase(route)}.html`);

/** The route a prerendered HTML file renders: "stories/x/sources.html" renders /stories/x/sources. */
export function routeOfFile(relativeFile: string): string {
  const route = `/${relativeFile.split(path.sep).join('/').replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route;
}

/** A route's files (and folders), relative to the app folder, that exist in this build. */
export function routeFiles(nextDir: string, route: string): string[] {
  return ROUTE_FILE_SUFFIXES.map((suffix) => `${routeBase(route)}${suffix}`).filter((file) => existsSync(path.join(appDir(nextDir), file)));
}

export interface PrerenderManifest {
  /** Each prerendered route, with the route pattern it comes from (null for a route that is its own). */
  routes: Record<string, { srcRoute?: string | null }>;
}

const readPrerenderManifest = (nextDir: string) => JSON.parse(readFileSync(prerenderManifestFile(nextDir), 'utf8')) as PrerenderManifest;

/** The prerendered routes of a build, from its prerender manifest, sorted. */
export const prerenderedRoutes = (nextDir: string) => Object.keys(readPrerenderManifest(nextDir).routes).sort();

/** The route pattern each prerendered route comes from (/stories/[slug] for /stories/x). */
export function sourceRoutes(nextDir: string): Map<string, string> {
  return new Map(Object.entries(readPrerenderManifest(nextDir).routes).map(([route, entry]) => [route, entry.srcRoute ?? route]));
}

/**
 * Every prerendered page of a build, its route and its HTML, in the order of
 * their routes; each page is read as it is reached, so a thousand stories'
 * sixteen thousand pages are never all in memory at once.
 */
export function* prerenderedPages(nextDir: string): Generator<{ route: string; html: string }> {
  const dir = appDir(nextDir);
  const files = filesUnder(dir, (name) => name.endsWith('.html')).map((file) => ({ route: routeOfFile(path.relative(dir, file)), file }));
  for (const { route, file } of files.sort((a, b) => a.route.localeCompare(b.route))) yield { route, html: readFileSync(file, 'utf8') };
}

/** The client reference manifest of a route pattern ("/" or "/stories/[slug]"): which client modules its page uses. */
export const clientReferenceManifestFile = (nextDir: string, sourceRoute: string) =>
  path.join(appDir(nextDir), sourceRoute === '/' ? '' : sourceRoute, `page${CLIENT_REFERENCE_MANIFEST}`);

/** Every client reference manifest of a build (each page's, the error pages' included). */
export const clientReferenceManifestFiles = (nextDir: string) => filesUnder(appDir(nextDir), (name) => name.endsWith(CLIENT_REFERENCE_MANIFEST));

/** Every file under `folder` (none if it does not exist) whose name is `wanted`, as full paths. */
function filesUnder(folder: string, wanted: (name: string) => boolean): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(full, wanted);
    return wanted(entry.name) ? [full] : [];
  });
}

/**
 * Where a running Next server would keep copies of the pages it serves, and
 * prefer them to the build's own files. next.config.mjs turns that off
 * (isrFlushToDisk): a copy there is a page a publish cannot replace.
 */
export const servedCopiesDir = (nextDir: string) => path.join(nextDir, ROUTE_CACHE_DIR);
