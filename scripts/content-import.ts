/**
 * npm run content:import -- --story <slug> [--id <id>] [--outlet …] [--url …] [--title …] [--force] <file…>
 * Archives raw article files (.txt) and saved web pages (.html, .htm, .html.gz,
 * .mhtml) as sources of a story. Never overwrites without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../lib/content/files';
import { SLUG_PATTERN } from '../lib/content/ids';
import { importArticle, type ImportOptions } from '../lib/authoring/import';
import { idFromFileName, idFromHeadline } from '../lib/authoring/source-id';
import { extractPage, ExtractError, type Extraction } from '../lib/authoring/extract';
import { importPage, type PageFlags } from '../lib/authoring/import-page';
import { readCommandLine, runCommand, UsageError } from './cli';

const SAVED_PAGE = /\.(?:html?|html\.gz|htm\.gz|mhtml?)$/i;
const FIELDS = ['title', 'authors', 'outlet', 'url', 'published', 'modified', 'language'] as const;

const usage = `usage: npm run content:import -- --story <slug> [options] <file…>
  files: raw articles (.txt) or saved web pages (.html, .htm, .html.gz, .mhtml)
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

async function main(): Promise<number> {
  const { values, positionals, help } = readCommandLine({
    story: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' },
    headline: { type: 'boolean' }, 'no-headline': { type: 'boolean' },
    outlet: { type: 'string' }, label: { type: 'string' }, url: { type: 'string' },
    'url-note': { type: 'string' }, language: { type: 'string' }, force: { type: 'boolean' },
    content: { type: 'string' },
  });
  if (help) {
    console.log(usage);
    return 0;
  }
  const slug = values.story;
  if (!slug) throw new UsageError('--story <slug> is required');
  if (!SLUG_PATTERN.test(slug)) throw new UsageError(`"${slug}" is not a story slug (lower-case letters, digits, hyphens)`);
  if (positionals.length === 0) throw new UsageError('name at least one raw article file to import');
  if (values.id && positionals.length > 1) throw new UsageError('--id names one source: import one file at a time when giving an id');
  if (values.id && !SLUG_PATTERN.test(values.id)) throw new UsageError(`"${values.id}" is not a usable source id (lower-case letters, digits, hyphens)`);
  const sourcesDir = path.join(values.content ?? contentRoot(), slug, 'sources');
  mkdirSync(sourcesDir, { recursive: true });
  const writer = { dir: sourcesDir, id: values.id, force: values.force ?? false };
  let failures = 0;
  for (const file of positionals) {
    const written = SAVED_PAGE.test(file)
      ? await importSavedPage(file, writer, { title: values.title, outlet: values.outlet, url: values.url, language: values.language })
      : importRawArticle(file, writer, {
        title: values.title,
        headline: values['no-headline'] ? false : values.headline,
        outlet: values.outlet, label: values.label, url: values.url, urlNote: values['url-note'],
        language: values.language, importedFrom: path.basename(file),
      });
    if (!written) failures++;
  }
  return failures > 0 ? 1 : 0;
}

interface Writer {
  dir: string;
  /** The id the editor gave, if any. */
  id: string | undefined;
  force: boolean;
}

/** Where a source goes, or undefined (and why, printed) when it has no usable id or would overwrite one. */
function targetOf(file: string, writer: Writer, headline: string | null | undefined): { id: string; target: string } | undefined {
  const id = writer.id ?? idFromHeadline(headline) ?? idFromFileName(file);
  if (!id) {
    console.error(`${file}: no headline to name the source by, and the file name is no readable id; pass --id`);
    return undefined;
  }
  const target = path.join(writer.dir, `${id}.md`);
  if (existsSync(target) && !writer.force) {
    console.error(`${target} exists; not overwritten (pass --force to replace it)`);
    return undefined;
  }
  return { id, target };
}

function importRawArticle(file: string, writer: Writer, options: ImportOptions): boolean {
  const found = targetOf(file, writer, null);
  if (!found) return false;
  const { fileText, meta } = importArticle(readFileSync(file, 'utf8'), options);
  writeFileSync(found.target, fileText);
  console.log(`${file} → ${found.target} (published: ${meta.published ?? 'unknown'}, outlet: ${meta.outlet ?? 'unknown'}${meta.captions ? `, captions: ${meta.captions.join(', ')}` : ''})`);
  return true;
}

/** Extracts, reports and writes one saved page; false (and nothing written) when it is no article. */
async function importSavedPage(file: string, writer: Writer, flags: PageFlags): Promise<boolean> {
  const bytes = readFileSync(file);
  let extraction: Extraction;
  try {
    extraction = await extractPage(bytes, file);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    console.error(`${file}: ${error.message}; nothing written`);
    return false;
  }
  const found = targetOf(file, writer, flags.title ?? extraction.title);
  if (!found) return false;
  const imported = importPage(extraction, bytes, found.id, flags);
  writeFileSync(path.join(writer.dir, imported.meta.savedPage!.file), imported.savedPage);
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
