import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { fixturesDir, runScript } from '../tests/support/fixtures';

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'content-import-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

const rawFile = (name: string) => path.join(fixturesDir, 'import', name);
const archived = (slug: string, id: string) => path.join(contentDir, slug, 'sources', `${id}.md`);
const frontmatterOf = (file: string) => splitFrontmatter(file, readFileSync(file, 'utf8'));
const importInto = (slug: string, ...args: string[]) => runScript('content-import.ts', ['--story', slug, '--content', contentDir, ...args]);
type Run = Awaited<ReturnType<typeof importInto>>;

describe('npm run content:import', () => {
  describe('given a raw file and a story that has no sources yet', () => {
    const target = archived('teigen', 'heart-excerpt');
    let first: Run;
    let withoutForce: Run;
    let withForce: Run;
    let afterRefusal: string;

    beforeAll(async () => {
      first = await importInto('teigen', '--outlet', 'Heart', rawFile('heart-excerpt.txt'));
      writeFileSync(target, 'edited by hand\n');
      withoutForce = await importInto('teigen', rawFile('heart-excerpt.txt'), rawFile('wion-excerpt.txt'));
      afterRefusal = readFileSync(target, 'utf8');
      withForce = await importInto('teigen', '--force', rawFile('heart-excerpt.txt'));
    });

    it('archives it under the id its file name gives, and says what it found', () => {
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('published: 2020-10-28, outlet: Heart, captions: 2, 5');
    });

    it('refuses to overwrite that source when run again without --force, and exits 1', () => {
      expect(withoutForce.status).toBe(1);
      expect(withoutForce.stderr).toContain(`${target} exists; not overwritten (pass --force to replace it)`);
      expect(afterRefusal).toBe('edited by hand\n');
    });

    it('still archives the other, new files of that run', () => {
      expect(frontmatterOf(archived('teigen', 'wion-excerpt')).data).toMatchObject({ published: '2020-10-28', importedFrom: 'wion-excerpt.txt' });
    });

    it('overwrites it when run again with --force, writing the frontmatter it was given and the text verbatim', () => {
      expect(withForce.status).toBe(0);
      const { data, body } = frontmatterOf(target);
      expect(data).toEqual({ headline: true, published: '2020-10-28', language: 'en', captions: [2, 5], importedFrom: 'heart-excerpt.txt' });
      expect(body).toBe(readFileSync(rawFile('heart-excerpt.txt'), 'utf8').replace(/^ date 2020-10-28 /, ''));
    });
  });

  describe('given an explicit title or --no-headline', () => {
    let titled: Run;
    let plain: Run;
    beforeAll(async () => {
      [titled, plain] = await Promise.all([
        importInto('titled', '--id', 'article-a', '--title', 'Chrissy Teigen hits back at critics', rawFile('undated-headline.txt')),
        importInto('plain', '--no-headline', rawFile('undated-headline.txt')),
      ]);
    });

    it('with --title and --id, writes that title under that id and no headline flag', () => {
      expect(titled.status).toBe(0);
      expect(frontmatterOf(archived('titled', 'article-a')).data).toEqual({
        title: 'Chrissy Teigen hits back at critics', language: 'en', importedFrom: 'undated-headline.txt',
      });
    });

    it('with --no-headline, treats a headline-like first line as article text', () => {
      expect(plain.status).toBe(0);
      const { data } = frontmatterOf(archived('plain', 'undated-headline'));
      expect(data).not.toHaveProperty('headline');
      expect(data).not.toHaveProperty('title');
    });
  });

  describe('given a manifest of several pages, each with its own details', () => {
    let run: Run;
    beforeAll(async () => {
      const manifest = path.join(contentDir, 'pages.yaml');
      writeFileSync(manifest, [
        `- file: ${rawFile('heart-excerpt.txt')}`,
        '  id: heart',
        '  outlet: Heart',
        '  url: https://www.heart.co.uk/showbiz/celebrities/chrissy-teigen-photos-heartbreaking-miscarriage/',
        `- file: ${path.relative(contentDir, rawFile('undated-headline.txt'))}`,
        '  id: article-a',
        '  label: Unknown outlet (article A)',
        '',
      ].join('\n'));
      run = await importInto('manifest', '--manifest', manifest);
    });

    it('archives every page in one run, each under its own id with its own details, its file found from the manifest’s folder', () => {
      expect(run.status).toBe(0);
      expect(frontmatterOf(archived('manifest', 'heart')).data).toMatchObject({ outlet: 'Heart', url: expect.stringContaining('heart.co.uk'), importedFrom: 'heart-excerpt.txt' });
      const articleA = frontmatterOf(archived('manifest', 'article-a')).data;
      expect(articleA).toMatchObject({ label: 'Unknown outlet (article A)', importedFrom: 'undated-headline.txt' });
      expect(articleA).not.toHaveProperty('outlet');
    });
  });

  describe('given a manifest with a mistake', () => {
    it('names each problem with its entry, imports nothing and exits 2', async () => {
      const manifest = path.join(contentDir, 'bad.yaml');
      writeFileSync(manifest, `- file: ${rawFile('heart-excerpt.txt')}\n  outlt: Heart\n- id: wion\n`);
      const run = await importInto('bad-manifest', '--manifest', manifest);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${manifest}: entry 1: unknown field "outlt"`);
      expect(run.stderr).toContain(`${manifest}: entry 2: "file"`);
      expect(existsSync(path.join(contentDir, 'bad-manifest'))).toBe(false);
    });

    it('refuses per-file flags beside it, which it would silently override', async () => {
      const run = await importInto('flags', '--manifest', 'pages.yaml', '--outlet', 'Heart');
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toContain('--outlet');
    });
  });

  describe('given a mistake on the command line', () => {
    it.each([
      ['an unknown flag', ['--story', 'teigen', '--outlett', 'Heart', 'x.txt'], "'--outlett'"],
      ['no story', [rawFile('heart-excerpt.txt')], '--story'],
      ['no file', ['--story', 'teigen'], 'file'],
      ['a slug that cannot be an address', ['--story', 'Teigen Essay', 'x.txt'], 'slug'],
    ])('given %s, it exits 2 with a one-line reason and the usage, and writes nothing', async (_, args, reason) => {
      const run = await runScript('content-import.ts', ['--content', contentDir, ...args]);
      expect(run.status).toBe(2);
      expect(run.stderr.split('\n')[0]).toContain(reason);
      expect(run.stderr).toContain('usage: npm run content:import');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('given --help, it prints the usage and exits 0', async () => {
      const run = await runScript('content-import.ts', ['--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^usage: npm run content:import/);
    });
  });
});
