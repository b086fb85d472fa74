/**
 * npm run content:check [-- <content/stories folder>] [--story <slug>]: validates
 * every story (or only the one named) and prints each problem as
 * path:line:column severity: message [code], then what each code found means and
 * what to do (lib/content/catalogue.ts). Exits 1 on any error, for a story that
 * does not exist, and when there is nothing to check: a check that checked
 * nothing must not look like success.
 */
import { existsSync } from 'node:fs';
import { hintLines } from '../lib/content/catalogue';
import type { StoryCheck } from '../lib/content/check';
import { closest, formatDiagnostic } from '../lib/content/diagnostics';
import { contentRoot, listStorySlugs } from '../lib/content/files';
import { plural, readCommandLine, runCommand, UsageError } from './cli';
import { checkStories } from '../lib/content/check-pool';

const usage = `usage: npm run content:check [-- [<folder>] [--story <slug>]]
  <folder>        the content/stories folder to check (default: ./content/stories)
  --story <slug>  check this story only
  --help          print this and exit`;

function report(results: readonly StoryCheck[]): number {
  const diagnostics = results.flatMap((result) => result.diagnostics);
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  if (diagnostics.length > 0) console.error(['', 'What to do:', ...hintLines(diagnostics.map((d) => d.code)).map((line) => `  ${line}`), ''].join('\n'));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const verified = results.reduce((sum, result) => sum + result.citations.verified, 0);
  const total = results.reduce((sum, result) => sum + result.citations.total, 0);
  const own = results.reduce((sum, result) => sum + result.ownSentences, 0);
  console.error(
    `content:check: ${plural(results.length, 'story', 'stories')}, ${verified} of ${plural(total, 'citation', 'citations')} verified, ` +
      `${plural(own, 'sentence', 'sentences')} marked as the account's own words, ` +
      `${plural(errors, 'error', 'errors')}, ${plural(diagnostics.length - errors, 'warning', 'warnings')}`,
  );
  return errors > 0 ? 1 : 0;
}

/** A story that is not there is a mistake in what was asked, said with the nearest slug there is. */
function unknownStory(slug: string, root: string, listed: readonly string[]): number {
  const near = closest(slug, listed);
  console.error(`content:check: no story "${slug}" in ${root}${near ? `; did you mean "${near}"?` : ''}: nothing was checked`);
  return 1;
}

async function main(): Promise<number> {
  const { values, positionals, help } = readCommandLine({ story: { type: 'string' } });
  if (help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}`);
  const root = positionals[0] ?? contentRoot();
  if (!existsSync(root)) {
    console.error(`content:check: no folder ${root}: nothing was checked`);
    return 1;
  }
  const listed = listStorySlugs(root);
  if (values.story !== undefined && !listed.includes(values.story)) return unknownStory(values.story, root, listed);
  if (listed.length === 0) {
    console.error(`content:check: no stories in ${root} (each story is a folder with a story.mdx): nothing was checked`);
    return 1;
  }
  return report(await checkStories(values.story === undefined ? listed : [values.story], root, listed));
}

runCommand('content:check', usage, main);
