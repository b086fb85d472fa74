/**
 * What the story page costs a reader in bytes: its HTML, CSS and JavaScript,
 * raw and gzipped, and how much of the JavaScript is the project's own.
 *
 * Attribution: Next's client-reference manifests name every client module a
 * page uses; those under the project (not node_modules) are ours. Turbopack
 * chunks are `push([script, id, factory, id, factory, …])`, so each chunk is
 * parsed (acorn) and our modules' factories are cut out by id. Their gzip is
 * measured as if they were one file of their own; the framework's is the rest.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as acorn from 'acorn';
import { clientReferenceManifestFiles } from '../../lib/release/next-layout';
import { SCRIPT_PATH_PREFIX } from '../../lib/release/runtime-free';

const gzip = (text: string) => gzipSync(Buffer.from(text)).length;

/** Client module ids that belong to the project, from every page's client-reference manifest. */
export function ownClientModules(buildDir: string): Map<number, string> {
  const own = new Map<number, string>();
  for (const file of clientReferenceManifestFiles(buildDir)) {
    const text = readFileSync(file, 'utf8');
    for (const [, name = '', id] of text.matchAll(/"\[project\]\/([^"]+)":\{"id":(\d+)/g)) {
      if (!name.includes('node_modules/')) own.set(Number(id), name.replace(/ <module evaluation>$/, ''));
    }
  }
  return own;
}

interface ChunkModule {
  id: number;
  start: number;
  end: number;
}

/** Modules of one Turbopack chunk: [{ id, start, end }] (ranges of the chunk's text). */
export function chunkModules(code: string): ChunkModule[] {
  let ast: acorn.Program;
  try {
    ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  } catch {
    return [];
  }
  const modules: ChunkModule[] = [];
  for (const statement of ast.body) {
    const call = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
    const list = call?.type === 'CallExpression' ? call.arguments[0] : undefined;
    if (list?.type !== 'ArrayExpression') continue;
    const items = list.elements;
    for (let i = 0; i + 1 < items.length; i++) {
      const id = items[i];
      const factory = items[i + 1];
      if (id?.type === 'Literal' && typeof id.value === 'number' && factory && /Function/.test(factory.type)) {
        modules.push({ id: id.value, start: id.start, end: factory.end });
      }
    }
  }
  return modules;
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What the page weighs in links and in speech: the links of its markup (the
 * inline scripts left out), and the characters a screen reader speaks for the
 * claims' markers beside those of the account's own words (the story body
 * without its markers and the sensitive passages' notes).
 */
export function readingWeight(html: string) {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
  const body = /<div class="story-body"[^>]*>([\s\S]*?)<section /.exec(markup)?.[1] ?? '';
  // A claim's note is hidden until its marker opens it (components/ClaimNote.tsx): a listener reading on does not hear it.
  const withoutNotes = withoutElements(body, 'span', 'note');
  const markers = [...withoutNotes.matchAll(/<a [^>]*class="cite-marker"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => textOf(m[1] ?? ''));
  const account = textOf(withoutNotes.replace(/<a [^>]*class="cite-marker"[^>]*>[\s\S]*?<\/a>/g, '').replace(/<p class="(?:section-note|markers-explained)">[\s\S]*?<\/p>/g, ''));
  const markerChars = markers.join(' ').length;
  return { links: [...markup.matchAll(/<a\s/g)].length, markers: markers.length, markerChars, accountChars: account.length, markerShare: markerChars / Math.max(1, account.length) };
}

/** The markup without every `tag` element of class `className`, nested tags of the same name counted. */
function withoutElements(markup: string, tag: string, className: string) {
  const open = new RegExp(`<${tag} [^>]*class="${className}"[^>]*>`, 'g');
  let out = '';
  let cursor = 0;
  for (let match = open.exec(markup); match; match = open.exec(markup)) {
    out += markup.slice(cursor, match.index);
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    for (let inner = tags.exec(markup); inner && depth > 0; inner = tags.exec(markup)) {
      depth += inner[1] ? -1 : 1;
      cursor = tags.lastIndex;
    }
    open.lastIndex = cursor;
  }
  return out + markup.slice(cursor);
}

const attributes = (tag: string): Record<string, string | undefined> => Object.fromEntries([...tag.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]]));

export async function measurePageBytes(baseUrl: string, pagePath: string, { headers = {}, buildDir }: { headers?: Record<string, string>; buildDir: string }) {
  const get = async (url: string) => {
    const response = await fetch(new URL(url, baseUrl), { headers: { ...headers, 'Accept-Encoding': 'identity' } });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    return response.text();
  };
  const html = await get(pagePath);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1] ?? ''), 0);
  const tags: (Record<string, string | undefined> & { tag: string })[] = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => ({ tag: m[0], ...attributes(m[0]) }));
  const scripts = [...new Set(tags.filter((t) => t.tag.startsWith('<script') && t.src).map((t) => t.src!)
    .concat(tags.filter((t) => t.rel === 'preload' && t.as === 'script').map((t) => t.href!)))];
  const styles = [...new Set(tags.filter((t) => t.rel === 'stylesheet').map((t) => t.href!))];

  const own = ownClientModules(buildDir);
  const ownModules = new Map<string | number, { path: string; code: string }>();
  let jsRaw = 0;
  let jsGzip = 0;
  const files: { src: string; raw: number; gzip: number; ownModules: string[] }[] = [];
  for (const src of scripts) {
    const code = await get(src);
    const raw = Buffer.byteLength(code);
    const zipped = gzip(code);
    jsRaw += raw;
    jsGzip += zipped;
    // The reading pages' one script (lib/client/reader.ts, bundled by the build: lib/release/runtime-free.ts) is ours, whole.
    if (src.startsWith(SCRIPT_PATH_PREFIX)) ownModules.set(src, { path: 'lib/client/reader.ts', code });
    const mine = chunkModules(code).filter((m) => own.has(m.id));
    for (const m of mine) ownModules.set(m.id, { path: own.get(m.id)!, code: code.slice(m.start, m.end) });
    files.push({ src, raw, gzip: zipped, ownModules: mine.map((m) => own.get(m.id)!) });
  }
  const ownCode = [...ownModules.values()].map((m) => m.code).join('\n');
  let cssRaw = 0;
  let cssGzip = 0;
  for (const href of styles) {
    const css = await get(href);
    cssRaw += Buffer.byteLength(css);
    cssGzip += gzip(css);
  }
  return {
    html: { raw: Buffer.byteLength(html), gzip: gzip(html), inlineScriptRaw: inlineScripts },
    reading: readingWeight(html),
    css: { files: styles.length, raw: cssRaw, gzip: cssGzip },
    js: {
      files: scripts.length,
      raw: jsRaw,
      gzip: jsGzip,
      own: { modules: [...ownModules.values()].map((m) => m.path), raw: Buffer.byteLength(ownCode), gzip: ownCode ? gzip(ownCode) : 0 },
      framework: { raw: jsRaw - Buffer.byteLength(ownCode), gzip: jsGzip - (ownCode ? gzip(ownCode) : 0) },
      perFile: files,
    },
    savedHtml: html,
  };
}
