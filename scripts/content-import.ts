/**
 * npm run content:import -- --story <slug> [--id <id>] [--outlet …] [--url …] [--title …] [--force] <file…>
 * Archives raw article files as sources of a story. Never overwrites without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../lib/content/files';
import { SLUG_PATTERN } from '../lib/content/ids';
import { importArticle } from '../lib/authoring/import';
import { readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run content:import -- --story <slug> [options] <file…>
  --id <id>          source id (one file only); default: from the file name
  --title <text>     title, when the first line is not a headline
  --headline / --no-headline   whether the first line is the headline (default: detected)
  --outlet <name>    the outlet, only if known
  --label <text>     how to name a source whose outlet is unknown
  --url <address>    the original address, only if known
  --url-note <text>  what a reader should know about that address
  --language <tag>   default "en"
  --force            overwrite an existing source
  --content <dir>    the content/stories folder (default: ./content/stories)`;

function main(): number {
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
  const sourcesDir = path.join(values.content ?? contentRoot(), slug, 'sources');
  mkdirSync(sourcesDir, { recursive: true });
  let failures = 0;
  for (const file of positionals) {
    const id = values.id ?? path.basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (!SLUG_PATTERN.test(id)) {
      console.error(`${file}: "${id}" is not a usable source id (lower-case letters, digits, hyphens); pass --id`);
      failures++;
      continue;
    }
    const target = path.join(sourcesDir, `${id}.md`);
    if (existsSync(target) && !values.force) {
      console.error(`${target} exists; not overwritten (pass --force to replace it)`);
      failures++;
      continue;
    }
    const { fileText, meta } = importArticle(readFileSync(file, 'utf8'), {
      title: values.title,
      headline: values['no-headline'] ? false : values.headline,
      outlet: values.outlet, label: values.label, url: values.url, urlNote: values['url-note'],
      language: values.language, importedFrom: path.basename(file),
    });
    writeFileSync(target, fileText);
    console.log(`${file} → ${target} (published: ${meta.published ?? 'unknown'}, outlet: ${meta.outlet ?? 'unknown'}${meta.captions ? `, captions: ${meta.captions.join(', ')}` : ''})`);
  }
  return failures > 0 ? 1 : 0;
}

runCommand('content:import', usage, main);
