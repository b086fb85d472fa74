import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../tests/support/fixtures';

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'content-new-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const storyFile = path.join(contentDir, 'my-story', 'story.mdx');
const problemsOf = (stderr: string) => stderr.split('\n').flatMap((line) => /:(\d+:\d+) error: .* \[([a-z-]+)\]$/.exec(line)?.slice(1, 3).join(' ') ?? []);
type Run = Awaited<ReturnType<typeof runScript>>;

describe('npm run content:new -- <slug>', () => {
  let created: Run;
  let check: Run;
  let again: Run;
  beforeAll(async () => {
    created = await runScript('content-new.ts', ['--content', contentDir, 'my-story']);
    check = await runScript('content-check.ts', [contentDir]);
    writeFileSync(storyFile, `${readFileSync(storyFile, 'utf8')}\nEdited.\n`);
    again = await runScript('content-new.ts', ['--content', contentDir, 'my-story']);
  });

  it('writes a story that explains itself in comments, and says what to do next', () => {
    expect(created.status).toBe(0);
    const text = readFileSync(storyFile, 'utf8');
    expect(text).toMatch(/^---\n# What readers see first/);
    expect(text).toContain('{/*');
    expect(text).toContain('<Cite source="" quote="" />');
    expect(created.stdout).toContain('npm run content:import -- --story my-story --manifest');
    expect(created.stdout).toContain('npm run dev');
  });

  it('fails content:check only for what the editor must still supply: title, summary, topics, the claim and its source', () => {
    expect(check.status).toBe(1);
    expect(problemsOf(check.stderr)).toEqual([
      '3:1 frontmatter-invalid',
      '4:1 frontmatter-invalid',
      '7:1 frontmatter-invalid',
      '29:1 cite-placement',
      '29:1 cite-source-missing',
    ]);
    expect(check.stderr).toContain('"title" must not be empty');
    expect(check.stderr).toContain('archive its articles with npm run content:import');
  });

  it('never overwrites a story that exists', () => {
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists; nothing was written');
    expect(readFileSync(storyFile, 'utf8')).toMatch(/Edited\.\n$/);
  });

  it('refuses a slug that cannot be an address, with the usage, and exits 2', async () => {
    const run = await runScript('content-new.ts', ['--content', contentDir, 'My Story']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run content:new');
  });
});
