/**
 * npm run content:import -- --story <slug> [--id <id>] [--outlet …] [--url …] [--title …] [--force] <file…>
 * Archives raw article files as sources of a story. Never overwrites without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, STORY_SLUG_PATTERN } from '../lib/content/files';
import { importArticle } from '../lib/authoring/import';
import { SOURCE_ID_PATTERN } from '../lib/content/source';

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
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' },
      headline: { type: 'boolean' }, 'no-headline': { type: 'boolean' },
      outlet: { type: 'string' }, label: { type: 'string' }, url: { type: 'string' },
      'url-note': { type: 'string' }, language: { type: 'string' }, force: { type: 'boolean' },
      content: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const slug = values.story;
  if (!slug || !STORY_SLUG_PATTERN.test(slug) || positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  if (values.id && positionals.length > 1) {
    console.error('--id names one source: import one file at a time when giving an id');
    return 2;
  }
  const sourcesDir = path.join(values.content ?? contentRoot(), slug, 'sources');
  mkdirSync(sourcesDir, { recursive: true });
  let failures = 0;
  for (const file of positionals) {
    const id = values.id ?? path.basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (!SOURCE_ID_PATTERN.test(id)) {
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

process.exitCode = main();
