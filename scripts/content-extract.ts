/**
 * npm run content:extract -- --json <page…>
 * Prints what the extractor reads from each saved page, one JSON line per page;
 * a page that cannot be read prints { file, error } and makes the exit status 1,
 * and the other pages still print.
 */
import { readFileSync } from 'node:fs';
import { extractPage } from '../lib/authoring/extract';
import { readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run content:extract -- --json <page…>
  pages: saved web pages (.html, .htm, .html.gz, .mhtml)
  --json   one JSON object a line (the only output format)`;

async function main(): Promise<number> {
  const { values, positionals, help } = readCommandLine({ json: { type: 'boolean' } });
  if (help) {
    console.log(usage);
    return 0;
  }
  if (!values.json) throw new UsageError('--json is required (it is the only output format)');
  if (positionals.length === 0) throw new UsageError('name at least one saved page');
  let failures = 0;
  for (const file of positionals) {
    try {
      console.log(JSON.stringify(await extractPage(readFileSync(file), file)));
    } catch (error) {
      failures++;
      console.log(JSON.stringify({ file, error: (error as Error).message }));
    }
  }
  return failures > 0 ? 1 : 0;
}

runCommand('content:extract', usage, main);
