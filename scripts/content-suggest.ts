/**
 * npm run content:suggest -- --story <slug> [--limit N] [--source id]… [--json] "claim text"
 * Ranks the passages of a story's sources that best support a claim and prints
 * each with a <Cite> ready to paste into story.mdx.
 */
import { listStorySlugs, readStoryFiles } from '../lib/content/files';
import { formatDiagnostic } from '../lib/content/diagnostics';
import type { Source } from '../lib/content/model';
import { parseSource } from '../lib/content/sources';
import { buildSuggestIndex, suggest } from '../lib/authoring/suggest';
import { readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run content:suggest -- --story <slug> [options] "claim text"
  --story <slug>     the story whose sources are searched
  --limit <n>        how many passages to show (default 5)
  --source <id>      only this source (repeatable)
  --json             print the ranking as JSON
  --content <dir>    the content/stories folder (default: ./content/stories)`;

const shorten = (text: string, max = 220) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function main(): number {
  const { values, positionals, help } = readCommandLine({
    story: { type: 'string' }, limit: { type: 'string' }, source: { type: 'string', multiple: true },
    json: { type: 'boolean' }, content: { type: 'string' },
  });
  if (help) {
    console.log(usage);
    return 0;
  }
  const claim = positionals.join(' ').trim();
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!values.story) throw new UsageError('--story <slug> is required');
  if (claim === '') throw new UsageError('give the claim to find passages for, in quotes');
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1, not "${values.limit}"`);
  const files = readStoryFiles(values.story, values.content);
  if (!files) {
    const known = listStorySlugs(values.content);
    console.error(`no story "${values.story}"; known stories: ${known.length > 0 ? known.join(', ') : 'none'}`);
    return 2;
  }
  const sources: Source[] = [];
  for (const file of files.sources) {
    const { source, diagnostics } = parseSource(file.id, file.path, file.text);
    for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
    if (source) sources.push(source);
  }
  const unknown = (values.source ?? []).filter((id) => !sources.some((source) => source.id === id));
  if (unknown.length > 0) {
    console.error(`unknown source ${unknown.join(', ')}; known sources: ${sources.map((s) => s.id).join(', ')}`);
    return 2;
  }

  const ranking = suggest(buildSuggestIndex(sources), claim, { limit, sourceIds: values.source });
  if (values.json) {
    console.log(JSON.stringify(ranking, null, 2));
    return 0;
  }
  if (ranking.length === 0) {
    console.log(`No passage in ${values.story}'s sources shares a word with that claim.`);
    return 0;
  }
  for (const hit of ranking) {
    const caption = hit.isCaption ? ' (photo caption)' : '';
    console.log(`${hit.rank}. ${hit.sourceId} paragraph ${hit.paragraph}${caption}  score ${hit.score.toFixed(2)}`);
    console.log(`   ${shorten(hit.text)}`);
    console.log(`   ${hit.cite}`);
    console.log('');
  }
  return 0;
}

runCommand('content:suggest', usage, main);
