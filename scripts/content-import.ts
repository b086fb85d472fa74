/**
 * npm run content:import -- --story <slug> [--id <id>] [--outlet …] [--url …] [--title …] [--force] <file…>
 * npm run content:import -- --story <slug> --manifest <pages.yaml> [--force]
 * Archives raw article files (.txt) and saved web pages (.html, .htm, .html.gz,
 * .mhtml) as sources of a story: with flags, one set of details for every
 * file; with a manifest, each page with its own. Never overwrites without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../lib/content/files';
import { SLUG_PATTERN } from '../lib/content/ids';
import { importArticle } from '../lib/authoring/import';
import { readManifest, type ManifestEntry } from '../lib/authoring/import-manifest';
import { idFromFileName, idFromHeadline } from '../lib/authoring/source-id';
import { extractPage, ExtractError, type Extraction } from '../lib/authoring/extract';
import { importPage, type PageFlags } from '../lib/authoring/import-page';
import { EXIT_USAGE, readCommandLine, runCommand, UsageError } from './cli';

const SAVED_PAGE = /\.(?:html?|html\.gz|htm\.gz|mhtml?)$/i;
const FIELDS = ['title', 'authors', 'outlet', 'url', 'published', 'modified', 'language'] as const;

const usage = `usage: npm run content:import -- --story <slug> [options] <file…>
       npm run content:import -- --story <slug> --manifest <pages.yaml> [--force] [--content <dir>]
  files: raw articles (.txt) or saved web pages (.html, .htm, .html.gz, .mhtml)
  --manifest <file>  a YAML or JSON list of pages, each with its own details:
                     file (relative to the manifest), id, title, headline, outlet,
                     label, url, urlNote, language (docs/authoring.md)
  --id <id>          source id (one file only); default: the headline's first words
                     (a raw .txt article: its file name)
  --title <text>     title, when the first line is not a headline
  --headline / --no-headline   whether the first line is the headline (default: detected)
  --outlet <name>    the outlet, only if known
  --label <text>     how to name a source whose outlet is unknown
  --url <address>    the original address, only if known
  --url-note <text>  what a reader should know about that address
  --language <tag>   default "en"
  --force            overwrite an existing source
  --content <dir>    the content/stories folder (default: ./content/stories)`;

const OPTIONS = {
  story: { type: 'string' }, manifest: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' },
  headline: { type: 'boolean' }, 'no-headline': { type: 'boolean' },
  outlet: { type: 'string' }, label: { type: 'string' }, url: { type: 'string' },
  'url-note': { type: 'string' }, language: { type: 'string' }, force: { type: 'boolean' },
  content: { type: 'string' },
} as const;
/** The flags that describe a file: a manifest gives them per page instead. */
const PER_FILE_FLAGS = ['id', 'title', 'headline', 'no-headline', 'outlet', 'label', 'url', 'url-note', 'language'] as const;

type Values = ReturnType<typeof readCommandLine<typeof OPTIONS>>['values'];

/** Every file named on the command line, each with the details the flags give. */
function entriesFromFlags(values: Values, files: string[]): ManifestEntry[] {
  if (files.length === 0) throw new UsageError('name at least one raw article file to import, or a --manifest');
  if (values.id && files.length > 1) throw new UsageError('--id names one source: import one file at a time when giving an id, or use a --manifest');
  const headline = values['no-headline'] ? false : values.headline;
  const { id, title, outlet, label, url, 'url-note': urlNote, language } = values;
  return files.map((file) => ({ file, id, title, headline, outlet, label, url, urlNote, language }));
}

/** The manifest's pages, or undefined (its problems printed) when it has any. */
function entriesFromManifest(manifest: string, values: Values, files: string[]): ManifestEntry[] | undefined {
  const beside = PER_FILE_FLAGS.filter((flag) => values[flag] !== undefined).map((flag) => `--${flag}`);
  if (files.length > 0 || beside.length > 0) throw new UsageError(`a --manifest gives every file and its details: name no ${files.length > 0 ? 'files' : beside.join(', ')} beside it`);
  if (!existsSync(manifest)) throw new UsageError(`no manifest ${manifest}`);
  const read = readManifest(readFileSync(manifest, 'utf8'), manifest);
  if ('entries' in read) return read.entries;
  for (const problem of read.problems) console.error(`${manifest}: ${problem}`);
  console.error(`${manifest}: nothing imported`);
  return undefined;
}

/** Where a source goes, or undefined (and why, printed) when it has no usable id or would overwrite one. */
function targetOf(entry: ManifestEntry, dir: string, force: boolean, headline: string | null): { id: string; target: string } | undefined {
  const { file } = entry;
  const id = entry.id ?? idFromHeadline(headline) ?? idFromFileName(file);
  if (!id || !SLUG_PATTERN.test(id)) {
    console.error(`${file}: ${id ? `"${id}" is not a usable source id (lower-case letters, digits, hyphens)` : 'no headline to name the source by, and the file name is no readable id'}; give an id`);
    return undefined;
  }
  const target = path.join(dir, `${id}.md`);
  if (existsSync(target) && !force) {
    console.error(`${target} exists; not overwritten (pass --force to replace it)`);
    return undefined;
  }
  return { id, target };
}

/** Archives one page; false (and a reason printed) when it is not written. */
async function importEntry(entry: ManifestEntry, dir: string, force: boolean): Promise<boolean> {
  if (!existsSync(entry.file)) {
    console.error(`${entry.file}: no such file`);
    return false;
  }
  return SAVED_PAGE.test(entry.file) ? importSavedPage(entry, dir, force) : importRawArticle(entry, dir, force);
}

function importRawArticle(entry: ManifestEntry, dir: string, force: boolean): boolean {
  const found = targetOf(entry, dir, force, null);
  if (!found) return false;
  const { fileText, meta } = importArticle(readFileSync(entry.file, 'utf8'), { ...entry, importedFrom: path.basename(entry.file) });
  writeFileSync(found.target, fileText);
  console.log(`${entry.file} → ${found.target} (published: ${meta.published ?? 'unknown'}, outlet: ${meta.outlet ?? 'unknown'}${meta.captions ? `, captions: ${meta.captions.join(', ')}` : ''})`);
  return true;
}

async function main(): Promise<number> {
  const { values, positionals, help } = readCommandLine(OPTIONS);
  if (help) {
    console.log(usage);
    return 0;
  }
  const slug = values.story;
  if (!slug) throw new UsageError('--story <slug> is required');
  if (!SLUG_PATTERN.test(slug)) throw new UsageError(`"${slug}" is not a story slug (lower-case letters, digits, hyphens)`);
  const entries = values.manifest === undefined ? entriesFromFlags(values, positionals) : entriesFromManifest(values.manifest, values, positionals);
  if (!entries) return EXIT_USAGE;
  const dir = path.join(values.content ?? contentRoot(), slug, 'sources');
  mkdirSync(dir, { recursive: true });
  let failures = 0;
  for (const entry of entries) if (!(await importEntry(entry, dir, values.force === true))) failures++;
  return failures > 0 ? 1 : 0;
}

/** Extracts, reports and writes one saved page; false (and nothing written) when it is no article. */
async function importSavedPage(entry: ManifestEntry, dir: string, force: boolean): Promise<boolean> {
  const { file } = entry;
  const flags: PageFlags = { title: entry.title, outlet: entry.outlet, url: entry.url, language: entry.language };
  const bytes = readFileSync(file);
  let extraction: Extraction;
  try {
    extraction = await extractPage(bytes, file);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    console.error(`${file}: ${error.message}; nothing written`);
    return false;
  }
  const found = targetOf(entry, dir, force, flags.title ?? extraction.title);
  if (!found) return false;
  const imported = importPage(extraction, bytes, found.id, flags);
  writeFileSync(path.join(dir, imported.meta.savedPage!.file), imported.savedPage);
  writeFileSync(found.target, imported.fileText);
  console.log(`${file} → ${found.target} (${extraction.words} words in ${extraction.blocks.length} blocks, ${extraction.figures.length} figures; page kept as ${imported.meta.savedPage!.file})`);
  for (const line of reportLines(extraction, imported.overrides)) console.log(`  ${line}`);
  return true;
}

function reportLines(extraction: Extraction, overrides: string[]): string[] {
  const value = (field: (typeof FIELDS)[number]) => (field === 'authors' ? extraction.authors.join('; ') || null : extraction[field]);
  const found = FIELDS.filter((field) => value(field) !== null);
  const missing = FIELDS.filter((field) => value(field) === null);
  return [
    ...found.map((field) => `found ${field}: ${value(field)} (${extraction.provenance[field]})`),
    ...(missing.length > 0 ? [`missing (the page does not state them): ${missing.join(', ')}`] : []),
    ...overrides.map((line) => `flag ${line}`),
    ...extraction.notes.map((note) => `note: ${note}`),
    ...extraction.disagreements.map((d) => `disagreement on ${d.field}: kept "${d.kept}" (${d.keptFrom}), the ${d.otherFrom} says "${d.other}"`),
    ...extraction.figures.filter((figure) => !figure.alt).map((figure) => `figure without alt text: ${figure.src}`),
    ...extraction.dropped.map((block) => `left out (${block.why}): ${block.text.length > 160 ? `${block.text.slice(0, 160)}…` : block.text}`),
  ];
}

runCommand('content:import', usage, main);
