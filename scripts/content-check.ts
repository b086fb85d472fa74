/**
 * npm run content:check [-- <content/stories folder>]: validates every story and
 * prints each problem as path:line:column severity: message [code], then what
 * each code found means and what to do (lib/content/catalogue.ts). Exits 1 on
 * any error, and when there is nothing to check: a check that checked nothing
 * must not look like success.
 */
import { existsSync } from 'node:fs';
import { checkAllStories } from '../lib/content/check';
import { hintLines } from '../lib/content/catalogue';
import { formatDiagnostic } from '../lib/content/diagnostics';
import { contentRoot } from '../lib/content/files';
import { plural, readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run content:check [-- <folder>]
  <folder>   the content/stories folder to check (default: ./content/stories)
  --help     print this and exit`;

function main(): number {
  const { positionals, help } = readCommandLine({});
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
  const results = checkAllStories(root);
  if (results.length === 0) {
    console.error(`content:check: no stories in ${root} (each story is a folder with a story.mdx): nothing was checked`);
    return 1;
  }
  const diagnostics = results.flatMap((result) => result.diagnostics);
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  if (diagnostics.length > 0) console.error(['', 'What to do:', ...hintLines(diagnostics.map((d) => d.code)).map((line) => `  ${line}`), ''].join('\n'));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const citations = results
    .flatMap((result) => [result.story, result.story?.summary])
    .reduce((sum, document) => sum + (document?.claims.reduce((n, claim) => n + claim.citations.length, 0) ?? 0), 0);
  console.error(
    `content:check: ${plural(results.length, 'story', 'stories')}, ${plural(citations, 'citation', 'citations')} verified, ` +
      `${plural(errors, 'error', 'errors')}, ${plural(diagnostics.length - errors, 'warning', 'warnings')}`,
  );
  return errors > 0 ? 1 : 0;
}

runCommand('content:check', usage, main);
