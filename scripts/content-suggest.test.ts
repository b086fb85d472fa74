import { describe, expect, it } from 'vitest';
import { runScript } from '../tests/support/fixtures';

describe('npm run content:suggest', () => {
  it('given a claim, prints the best passages with a <Cite> ready to paste, and exits 0', async () => {
    const run = await runScript('content-suggest.ts', ['--story', 'teigen-pregnancy-loss-essay', '--limit', '2', 'She asked her mother and husband to take photos']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1\. \S+ paragraph \d+/);
    expect(run.stdout).toContain('<Cite source="');
  });

  it.each([
    ['an unknown flag', ['--story', 'teigen-pregnancy-loss-essay', '--limt', '2', 'a claim'], "'--limt'"],
    ['no claim', ['--story', 'teigen-pregnancy-loss-essay'], 'claim'],
    ['a limit that is not a number', ['--story', 'teigen-pregnancy-loss-essay', '--limit', 'many', 'a claim'], '--limit'],
  ])('given %s, it exits 2 with a one-line reason and the usage', async (_, args, reason) => {
    const run = await runScript('content-suggest.ts', args);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(reason);
    expect(run.stderr).toContain('usage: npm run content:suggest');
  });

  it('given a story that does not exist, it names the stories there are and exits 2', async () => {
    const run = await runScript('content-suggest.ts', ['--story', 'no-such-story', 'a claim']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('teigen-pregnancy-loss-essay');
  });
});
