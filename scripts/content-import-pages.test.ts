import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import { readStoryFiles } from '@/lib/content/files';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { cslItem } from '@/lib/view/annotation';
import { storyStructuredData } from '@/lib/view/structured-data';
import { fixturesDir, runScript } from '../tests/support/fixtures';

/**
 * End to end: three real saved pages (from the extraction bench, tests/fixtures/pages)
 * imported into a fixture story that cites a passage of each; content:check passes,
 * and the citation formats carry the imported outlet, authors and dates.
 */

const contentDir = mkdtempSync(path.join(os.tmpdir(), 'content-import-pages-'));
// The bad pages and the Latin-1 story go elsewhere, so that content:check sees only the fixture story.
const otherDir = mkdtempSync(path.join(os.tmpdir(), 'content-import-other-'));
afterAll(() => [contentDir, otherDir].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SLUG = 'imported-pages';
/** Each page's id, made by the import from its headline's first words (no --id given). */
const SLASHGEAR = '2020-audi-e-tron-sportback-revealed';
const FOX_NEWS = 'james-van-der-beek-eliminated-from';
const GIVEWELL = 'a-grant-to-evidence-action-beta';
const page = (name: string) => path.join(fixturesDir, 'pages', name);
const sourcesDir = path.join(contentDir, SLUG, 'sources');
const importInto = (...args: string[]) => runScript('content-import.ts', ['--story', SLUG, '--content', contentDir, ...args]);
const frontmatterOf = (id: string) => splitFrontmatter(id, readFileSync(path.join(sourcesDir, `${id}.md`), 'utf8'));
type Run = Awaited<ReturnType<typeof importInto>>;

const STORY = `---
title: Three imported pages
summary: A fixture story that cites one passage of each imported page.
published: 2019-11-20
language: en
topics:
  - none
---
Audi showed a coupe.<Cite source="${SLASHGEAR}" quote="Audi has revealed the second production model in its e-tron all-electric range" />
He left the show.<Cite source="${FOX_NEWS}" quote="was voted off the popular dance competition" />
GiveWell made a grant.<Cite source="${GIVEWELL}" quote="we recommended a $5.1 million grant to Evidence Action Beta" />
`;

describe('npm run content:import with saved pages', () => {
  let imported: Run;
  let again: Run;
  let check: Run;
  let notArticle: Run;
  let latin1: Run;
  beforeAll(async () => {
    imported = await importInto(page('slashgear.html.gz'), page('fox-news.html.gz'), page('givewell-blog.html.gz'));
    writeFileSync(path.join(contentDir, SLUG, 'story.mdx'), STORY);
    const scratch = path.join(otherDir, 'pages');
    mkdirSync(scratch);
    writeFileSync(path.join(scratch, 'home.html'), '<html><body><nav><a href="/">Home</a></nav><p>Welcome to our site.</p></body></html>');
    const accents = `<html><head><meta charset="iso-8859-1"></head><body><article>${'<p>Le café où l’on mangeait des crêpes près de la gare a fermé après quarante années de service, a annoncé la mairie.</p>'.repeat(4)}</article></body></html>`;
    writeFileSync(path.join(scratch, 'cafe.html'), Buffer.from(accents.replace('’', "'"), 'latin1'));
    [again, check, notArticle, latin1] = await Promise.all([
      importInto(page('slashgear.html.gz')),
      runScript('content-check.ts', [contentDir]),
      importInto(path.join(scratch, 'home.html')),
      runScript('content-import.ts', ['--story', 'accents', '--content', otherDir, '--outlet', 'La Gazette', path.join(scratch, 'cafe.html')]),
    ]);
  }, 120_000);

  it('archives each page under an id made from its headline, with the facts it states and where each came from, and keeps the page compressed', () => {
    expect(imported.status).toBe(0);
    expect(frontmatterOf(SLASHGEAR).data).toMatchObject({
      title: '2020 Audi e-tron Sportback revealed as electric 4-door coupe', outlet: 'SlashGear', authors: ['Chris Davies'],
      published: '2019-11-20', publishedAt: '2019-11-20T02:15:49-06:00', modifiedAt: '2019-11-20T04:39:28-06:00', language: 'en-US',
      provenance: { outlet: 'json-ld', authors: 'json-ld', published: 'json-ld' },
      savedPage: { file: `${SLASHGEAR}.html.gz`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    // No article node in its JSON-LD: the WebPage node states the author and the dates.
    expect(frontmatterOf(GIVEWELL).data).toMatchObject({ authors: ['Olivia Larsen'], provenance: { authors: 'json-ld', outlet: 'opengraph' } });
    expect(existsSync(path.join(sourcesDir, `${FOX_NEWS}.html.gz`))).toBe(true);
  });

  it('prints the words kept, the fields found and missing and the blocks it left out, with why', () => {
    expect(imported.stdout).toMatch(/slashgear\.html\.gz → \S+ \(1\d{3} words in \d+ blocks/);
    expect(imported.stdout).toContain('found outlet: SlashGear (json-ld)');
    expect(latin1.stdout).toContain('missing (the page does not state them): title, authors, outlet, url, published, modified, language');
    expect(imported.stdout).toMatch(/left out \((navigation|footer|related links|outside the article)\): /);
  });

  it('passes content:check with a cited passage of each, warning about images without alt text by name', () => {
    expect(check.status).toBe(0);
    expect(check.stderr).toMatch(/2020-audi-e-tron-sportback-revealed\.md:\d+:\d+ warning: the image https:\/\/\S+ has no alt text.*\[source-figure-alt-missing\]/);
  });

  it('gives the CSL-JSON and the JSON-LD the imported outlet, authors and dates', () => {
    const { story } = buildStory(readStoryFiles(SLUG, contentDir)!);
    const source = story!.sources.find((s) => s.id === FOX_NEWS)!;
    expect(cslItem(source, 'https://reader.example/s')).toMatchObject({
      'container-title': 'Fox News', author: [{ literal: 'Andy Sahadeo' }], issued: { 'date-parts': [[2019, 11, 19]] },
    });
    expect(storyStructuredData(story!).isBasedOn).toContainEqual(expect.objectContaining({
      publisher: { '@type': 'Organization', name: 'Fox News' }, author: [{ '@type': 'Person', name: 'Andy Sahadeo' }],
      datePublished: '2019-11-19T07:43:27-05:00', dateModified: '2019-11-19T08:40:29-05:00',
    }));
  });

  it('never overwrites an archived page without --force', () => {
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists; not overwritten (pass --force to replace it)');
  });

  it('refuses a page that is no article with the reason, writing nothing', () => {
    expect(notArticle.status).toBe(1);
    expect(notArticle.stderr).toMatch(/home\.html: not an article: .*; nothing written/);
    expect(existsSync(path.join(sourcesDir, 'home.md'))).toBe(false);
    expect(existsSync(path.join(sourcesDir, 'home.html.gz'))).toBe(false);
  });

  it('keeps the accents of a Latin-1 page, and says when a flag supplies a field', () => {
    expect(latin1.status).toBe(0);
    expect(latin1.stdout).toContain('flag outlet: "La Gazette" from the flag (the page does not state it)');
    const archived = readFileSync(path.join(otherDir, 'accents', 'sources', 'cafe.md'), 'utf8');
    expect(archived).toContain('Le café où l\'on mangeait des crêpes près de la gare');
    expect(splitFrontmatter('cafe', archived).data).toMatchObject({ outlet: 'La Gazette', provenance: { outlet: 'flag' } });
  });
});

describe('content:check on an imported page kept beside its source', () => {
  it('reports a changed page (SHA-256 mismatch) and a missing one', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'content-page-hash-'));
    try {
      await runScript('content-import.ts', ['--story', 'hashes', '--content', root, page('givewell-blog.html.gz'), page('fox-news.html.gz')]);
      const dir = path.join(root, 'hashes', 'sources');
      writeFileSync(path.join(dir, `${GIVEWELL}.html.gz`), 'not the page');
      rmSync(path.join(dir, `${FOX_NEWS}.html.gz`));
      const { diagnostics } = buildStory(readStoryFiles('hashes', root)!);
      expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['source-page-changed', 'source-page-missing']));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
