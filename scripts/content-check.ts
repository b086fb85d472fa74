/** npm run content:check: validates every story; exits 1 on any error. */
import { checkAllStories } from '../lib/content/check';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/content/diagnostics';

const root = process.argv[2];
const results = checkAllStories(root);
let errors = 0;
let warnings = 0;
for (const result of results) {
  for (const diagnostic of sortDiagnostics(result.diagnostics)) {
    console.error(formatDiagnostic(diagnostic));
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
}
// The story's citations and its summary's, when it has one.
const citations = results
  .flatMap((r) => [r.story, r.story?.summary])
  .reduce((sum, doc) => sum + (doc?.claims.reduce((n, c) => n + c.citations.length, 0) ?? 0), 0);
console.error(`content:check: ${results.length} stories, ${citations} citations verified, ${errors} errors, ${warnings} warnings`);
process.exitCode = results.some((r) => hasErrors(r.diagnostics)) ? 1 : 0;
