import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot, runScript } from '../tests/support/fixtures';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'export-epub-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = (name: string) => path.join(scratch, name);

describe('npm run export:epub -- <slug>', () => {
  it('writes the story’s book, and the same bytes on a second run', async () => {
    const [first, second] = await Promise.all([
      runScript('export-epub.ts', ['teigen-essay', '--content', fixtureRoot('valid'), '--out', out('first.epub')]),
      runScript('export-epub.ts', ['teigen-essay', '--content', fixtureRoot('valid'), '--out', out('second.epub')]),
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(first.stderr).toMatch(/wrote .*first\.epub, \d+ bytes, built in \d+ ms/);
    const bytes = readFileSync(out('first.epub'));
    expect(bytes.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
    expect(bytes.equals(readFileSync(out('second.epub')))).toBe(true);
  });

  it('exits 1, naming the known stories and writing nothing, for an unknown slug', async () => {
    const run = await runScript('export-epub.ts', ['no-such-story', '--content', fixtureRoot('valid'), '--out', out('unknown.epub')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no story "no-such-story"; known stories: teigen-essay');
    expect(existsSync(out('unknown.epub'))).toBe(false);
  });

  it('exits 1 with content:check’s problems, writing nothing, for content that fails it', async () => {
    const run = await runScript('export-epub.ts', ['teigen-essay', '--content', fixtureRoot('many-errors'), '--out', out('invalid.epub')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/story\.mdx:11:75 error: .*\[quote-not-found\]/);
    expect(run.stderr).toContain('fails content:check');
    expect(existsSync(out('invalid.epub'))).toBe(false);
  });
});
