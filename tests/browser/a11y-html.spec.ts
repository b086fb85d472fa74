/**
 * Deliverable 2: every crawled page is valid HTML, by the W3C Nu HTML Checker
 * (vnu-jar, on the machine's Java), run once over every page's served HTML.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expectNoProblems, setCookies, test, expect } from './a11y-fixtures';

const require = createRequire(import.meta.url);
// The jar ships inside the npm package; only Java is needed (no download).
const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; lastColumn?: number; message: string; extract?: string };

test('every page has zero errors in the Nu HTML Checker', async ({ page, site, baseURL }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'reader-vnu-'));
  try {
    const files = new Map<string, string>();
    for (const [index, entry] of site.pages.entries()) {
      await setCookies(page.context(), baseURL!, site, entry);
      const response = await page.context().request.get(entry.path, { failOnStatusCode: false });
      expect(response.status(), entry.label).toBe(entry.status);
      const file = path.join(dir, `${String(index).padStart(3, '0')}.html`);
      writeFileSync(file, await response.text());
      files.set(path.basename(file), entry.label);
    }
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...[...files.keys()].map((f) => path.join(dir, f))], { maxBuffer: 32 * 1024 * 1024 }));
    } catch (error) {
      throw new Error(`The Nu HTML Checker did not run (is Java 11+ installed?): ${(error as Error).message}`);
    }
    // vnu writes its JSON report to stderr.
    const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
    const problems = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => `${files.get(path.basename(new URL(m.url).pathname)) ?? m.url}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message}${m.extract ? ` — ${m.extract.trim().slice(0, 120)}` : ''}`);
    expect(files.size).toBe(site.pages.length);
    expectNoProblems(problems, 'HTML errors');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
