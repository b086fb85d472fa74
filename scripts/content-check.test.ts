import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRoot, runScript } from '../tests/support/fixtures';

type Run = Awaited<ReturnType<typeof runScript>>;

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
    it('prints each problem as path:line:column, sorted by file and position', () => {
      const lines = invalid.stderr.trim().split('\n');
      expect(lines.slice(0, -1)).toEqual([
        'many-errors/stories/teigen-essay/sources/eurweb.md:3:1 error: frontmatter field "published" is not a real calendar date',
        'many-errors/stories/teigen-essay/sources/heart.md:1:1 warning: source "heart" is never cited in many-errors/stories/teigen-essay/story.mdx',
        expect.stringMatching(/^many-errors\/stories\/teigen-essay\/story\.mdx:3:1 error: unknown frontmatter field "subtitle"; did you mean "title"\?/),
        'many-errors/stories/teigen-essay/story.mdx:5:1 error: frontmatter field "published" must be a date written YYYY-MM-DD',
        'many-errors/stories/teigen-essay/story.mdx:10:58 error: unknown source "haert"; did you mean "heart"? (known source ids: heart, wion)',
        'many-errors/stories/teigen-essay/story.mdx:11:48 error: quote not found in wion; closest passage (paragraph 1): "I cannot express how little I care that you hate the photos"',
        'many-errors/stories/teigen-essay/story.mdx:13:1 error: <Figure> needs alt text that describes the photograph (alt="…")',
      ]);
    });

    it('ends with a summary and exits 1', () => {
      expect(invalid.stderr.trim().split('\n').at(-1)).toBe('content:check: 1 stories, 0 citations verified, 6 errors, 1 warnings');
      expect(invalid.status).toBe(1);
    });
  });

  describe('given a valid story', () => {
    it('prints only the summary and exits 0', () => {
      expect(valid.stderr.trim()).toBe('content:check: 1 stories, 6 citations verified, 0 errors, 0 warnings');
      expect(valid.status).toBe(0);
    });
  });
});
