import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../lib/content/catalogue';
import { fixtureRoot, runScript } from '../tests/support/fixtures';
import { STORIES_PER_WORKER, workerCount } from '../lib/content/check-pool';

type Run = Awaited<ReturnType<typeof runScript>>;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each printed diagnostic as "file:line:column severity [code]", its wording left out. */
const located = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .flatMap((line) => {
      const match = /^(\S+:\d+:\d+) (error|warning): .* \[([a-z-]+)\]$/.exec(line);
      return match ? [`${match[1]} ${match[2]} [${match[3]}]`] : [];
    });
const lastLine = (run: Run) => run.stderr.trim().split('\n').at(-1);

describe('npm run content:check <contentRoot>', () => {
  let invalid: Run;
  let valid: Run;
  beforeAll(async () => {
    [invalid, valid] = await Promise.all([
      runScript('content-check.ts', [fixtureRoot('many-errors')]),
      runScript('content-check.ts', [fixtureRoot('valid')]),
    ]);
  });

  describe('given a story with errors', () => {
    it('prints each problem as path:line:column with its code last, sorted by file and position', () => {
      expect(located(invalid.stderr)).toEqual([
        'many-errors/stories/teigen-essay/sources/eurweb.md:3:1 error [frontmatter-invalid]',
        'many-errors/stories/teigen-essay/story.mdx:3:1 error [frontmatter-unknown-field]',
        'many-errors/stories/teigen-essay/story.mdx:5:1 error [frontmatter-invalid]',
        'many-errors/stories/teigen-essay/story.mdx:10:72 error [source-unknown]',
        'many-errors/stories/teigen-essay/story.mdx:11:75 error [quote-not-found]',
        'many-errors/stories/teigen-essay/story.mdx:13:1 error [figure-alt-missing]',
      ]);
    });

    it('then says once for each code found what is wrong and what to do, from the catalogue', () => {
      const block = invalid.stderr.split('What to do:\n')[1]!.split('\n\n')[0]!.trim().split('\n');
      const codes = ['frontmatter-invalid', 'frontmatter-unknown-field', 'source-unknown', 'quote-not-found', 'figure-alt-missing'] as const;
      expect(block.map((line) => line.trim())).toEqual(codes.map((code) => `[${code}] ${CATALOGUE[code].title}. ${CATALOGUE[code].hint}`));
    });

    it('ends with a count of what it checked and found, and exits 1', () => {
      expect(lastLine(invalid)).toMatch(/: 1 story, 0 of 2 citations verified, 0 sentences marked as the account's own words, 6 errors, 0 warnings$/);
      expect(invalid.status).toBe(1);
    });
  });

  describe('given a valid story', () => {
    it('prints only the count and exits 0', () => {
      expect(valid.stderr.trim().split('\n')).toHaveLength(1);
      expect(lastLine(valid)).toMatch(/: 1 story, 6 of 6 citations verified, 0 sentences marked as the account's own words, 0 errors, 0 warnings$/);
      expect(valid.status).toBe(0);
    });
  });
});

describe('npm run content:check cannot succeed while checking nothing', () => {
  it('given a folder with no stories, it says nothing was checked and exits 1', async () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    const run = await runScript('content-check.ts', [empty]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('nothing was checked');
  });

  it('given a folder that does not exist, it exits 1', async () => {
    const run = await runScript('content-check.ts', [path.join(scratch, 'missing')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nothing was checked');
  });

  it('given a story folder without story.mdx, it reports the missing file with its code and exits 1', async () => {
    mkdirSync(path.join(scratch, 'no-account', 'a-story', 'sources'), { recursive: true });
    const run = await runScript('content-check.ts', [path.join(scratch, 'no-account')]);
    expect(run.status).toBe(1);
    expect(located(run.stderr)).toEqual([expect.stringMatching(/no-account\/a-story\/story\.mdx:1:1 error \[story-missing\]$/)]);
  });

  it('given an unknown flag, it exits 2 with the reason and the usage, and checks nothing', async () => {
    const run = await runScript('content-check.ts', ['--strictt']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain("'--strictt'");
    expect(run.stderr).toContain('usage: npm run content:check');
    expect(run.stderr).not.toContain('verified');
  });

  it('given --help, it prints the usage and exits 0', async () => {
    const run = await runScript('content-check.ts', ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run content:check/);
  });
});

/** A content folder of its own: each slug a copy of a fixture case's one story. */
function storiesFolder(name: string, stories: Record<string, 'valid' | 'many-errors'>) {
  const root = path.join(scratch, name, 'stories');
  for (const [slug, fixture] of Object.entries(stories)) cpSync(path.join(fixtureRoot(fixture), 'teigen-essay'), path.join(root, slug), { recursive: true });
  return root;
}

describe('npm run content:check --story <slug>', () => {
  const root = storiesFolder('two', { good: 'valid', bad: 'many-errors' });

  it('checks only the story named: a valid one beside an invalid one passes, and exits 0', async () => {
    const run = await runScript('content-check.ts', [root, '--story', 'good']);
    expect(lastLine(run)).toMatch(/: 1 story, 6 of 6 citations verified, 0 sentences marked as the account's own words, 0 errors, 0 warnings$/);
    expect(run.status).toBe(0);
  });

  it("reports the named story's problems at their places, and exits 1", async () => {
    const run = await runScript('content-check.ts', [root, '--story', 'bad']);
    expect(located(run.stderr).every((line) => line.startsWith('two/stories/bad/'))).toBe(true);
    expect(lastLine(run)).toMatch(/: 1 story, 0 of 2 citations verified, 0 sentences marked as the account's own words, 6 errors, 0 warnings$/);
    expect(run.status).toBe(1);
  });

  it('given a slug that is not a story, says so with the nearest slug, checks nothing and exits 1', async () => {
    const run = await runScript('content-check.ts', [root, '--story', 'goood']);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/no story "goood" in .*; did you mean "good"\?: nothing was checked$/)]);
    expect(run.status).toBe(1);
  });
});

describe('npm run content:check over enough stories for worker threads', () => {
  const count = 2 * STORIES_PER_WORKER;
  const valid = Object.fromEntries(Array.from({ length: count }, (_, i) => [`s-${String(i).padStart(2, '0')}`, 'valid' as const]));
  const root = storiesFolder('many', { 'a-bad': 'many-errors', ...valid, 'z-bad': 'many-errors' });

  it('uses at least one worker for this many stories', () => {
    expect(workerCount(count + 2, 2)).toBeGreaterThan(0);
  });

  it('reports every story, its problems in the order of the slugs however the workers shared them', async () => {
    const run = await runScript('content-check.ts', [root]);
    const stories = located(run.stderr).map((line) => /^many\/stories\/([^/]+)\//.exec(line)?.[1]);
    expect(stories).toEqual([...Array(6).fill('a-bad'), ...Array(6).fill('z-bad')]);
    expect(lastLine(run)).toMatch(new RegExp(`: ${count + 2} stories, ${count * 6} of ${count * 6 + 4} citations verified, 0 sentences marked as the account's own words, 12 errors, 0 warnings$`));
    expect(run.status).toBe(1);
  });
});
