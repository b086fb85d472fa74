import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { importArticle, looksLikeHeadline } from '@/lib/authoring/import';
import { parseSource } from '@/lib/content/sources';
import { fixturesDir, projectRoot } from '../../tests/support/fixtures';

const raw = (name: string) => readFileSync(path.join(fixturesDir, 'import', name), 'utf8');

/** The raw files' leading marker, matched here independently of lib/authoring/import.ts. */
const MARKER = /^ date (\d{4}-\d{2}-\d{2}) /;

describe('importing a raw article', () => {
  describe('given a raw file that opens with the " date YYYY-MM-DD " marker', () => {
    const text = raw('heart-excerpt.txt');
    const imported = importArticle(text);

    it('records the date as the published field', () => {
      expect(imported.meta.published).toBe('2020-10-28');
    });

    it('removes the marker from the archived text', () => {
      expect(imported.body.startsWith('Chrissy Teigen explains why')).toBe(true);
      expect(imported.fileText).not.toContain('date 2020-10-28');
    });

    it('keeps everything after the marker byte for byte, curly and straight quotes alike', () => {
      const afterMarker = text.replace(MARKER, '');
      expect(Buffer.from(imported.body)).toEqual(Buffer.from(afterMarker));
      expect(imported.fileText.endsWith(`---\n${afterMarker}`)).toBe(true);
      expect(imported.body).toContain('"I cannot express how little I care that you hate the photos. How little I care that it’s something you wouldn’t have done,” she said.');
    });

    it('detects the "… Picture: Instagram" lines as captions, numbered as paragraphs', () => {
      expect(imported.meta.captions).toEqual([2, 5]);
    });

    it('reads a first line without a sentence ending as the headline', () => {
      expect(imported.meta.headline).toBe(true);
      expect(imported.meta.title).toBeUndefined();
    });

    it('invents no outlet, address or author', () => {
      expect(imported.meta).not.toHaveProperty('outlet');
      expect(imported.meta).not.toHaveProperty('url');
      expect(imported.fileText).not.toMatch(/^(outlet|url|author):/m);
    });

    it('produces a source file that parses back with no problems, the headline as its title and the captions marked', () => {
      const { source, diagnostics } = parseSource('heart', 'heart.md', imported.fileText);
      expect(diagnostics).toEqual([]);
      expect(source!.meta.title).toBe('Chrissy Teigen explains why she shared photos of heartbreaking miscarriage in emotional essay');
      expect(source!.paragraphs.filter((p) => p.isCaption).map((p) => p.text)).toEqual([
        'Chrissy Teigan has explained why she shared her miscarriage story. Picture: Instagram',
        'Chrissy Teigan posted photos from the hospital. Picture: Instagram',
      ]);
      expect(source!.paragraphs.map((p) => p.text)).toEqual(text.replace(MARKER, '').split('\n').filter((line) => line.trim() !== ''));
    });
  });

  describe('given a raw file whose first line is a sentence', () => {
    const text = raw('wion-excerpt.txt');
    const imported = importArticle(text);

    it('does not take that sentence for a headline', () => {
      expect(imported.meta).not.toHaveProperty('headline');
      expect(imported.meta).not.toHaveProperty('title');
    });

    it('keeps its runs of blank lines and its garbled quotation exactly as received', () => {
      expect(imported.body).toBe(text.replace(MARKER, ''));
      expect(imported.body).toContain('\n\n\n\n');
      expect(imported.body).toContain('she says."wrote.');
    });

    it('finds no captions in it', () => {
      expect(imported.meta).not.toHaveProperty('captions');
    });
  });

  describe('given a raw file without a date marker', () => {
    const text = raw('undated-headline.txt');
    const imported = importArticle(text, { importedFrom: 'undated-headline.txt', label: 'Unknown outlet (article A)' });

    it('leaves the published date unknown and the text untouched', () => {
      expect(imported.meta).not.toHaveProperty('published');
      expect(imported.body).toBe(text);
    });

    it('still detects its headline and records where it came from', () => {
      expect(imported.meta).toMatchObject({ headline: true, importedFrom: 'undated-headline.txt', label: 'Unknown outlet (article A)' });
    });
  });

  describe('given a date written in the text rather than as the leading marker', () => {
    it('leaves the text alone and the date unknown', () => {
      const text = 'Teigen posted on date 2020-09-30 about the loss.\n';
      const imported = importArticle(text);
      expect(imported.body).toBe(text);
      expect(imported.meta).not.toHaveProperty('published');
    });
  });

  describe('given an explicit choice about the headline', () => {
    const headlineFirst = raw('heart-excerpt.txt');
    const sentenceFirst = raw('wion-excerpt.txt');

    it('with a title, uses the title and does not also treat the first line as a headline', () => {
      const imported = importArticle(headlineFirst, { title: 'Why Chrissy Teigen shared the photos' });
      expect(imported.meta.title).toBe('Why Chrissy Teigen shared the photos');
      expect(imported.meta).not.toHaveProperty('headline');
    });

    it('with headline: false, treats a headline-like first line as article text', () => {
      expect(importArticle(headlineFirst, { headline: false }).meta).not.toHaveProperty('headline');
    });

    it('with headline: true, treats even a sentence as the headline', () => {
      expect(importArticle(sentenceFirst, { headline: true }).meta.headline).toBe(true);
    });
  });
});

describe('deciding whether a first line is a headline', () => {
  it.each([
    ['Chrissy Teigen Details Heartbreaking Miscarriage, Hits Back at Hospital Photo Critics', true],
    ['Chrissy Teigen explains why she shared photos of heartbreaking miscarriage in emotional essay', true],
    ['*Chrissy Teigen has penned an emotional essay for Medium in which she details the miscarriage she suffered earlier this month.', false],
    ['"I cannot express how little I care that you hate the photos."', false],
    ['She added: "I wrote this because…', false],
    ['Teigen and her husband (John Legend)', false],
    ['', false],
    ['Chrissy Teigen '.repeat(12).trim(), false], // 179 characters: longer than any headline
  ])('%j → %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});

// The five raw articles exactly as received (copied byte for byte from shared/seeds, with their SHA-256 sums).
const seedsDir = path.join(fixturesDir, 'seeds');
const archiveDir = path.join(projectRoot, 'content', 'stories', 'teigen-pregnancy-loss-essay', 'sources');

describe('the raw articles kept as fixtures', () => {
  const sums = readFileSync(path.join(seedsDir, 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => line.split(/\s+/) as [string, string]);

  it.each(sums)('are the bytes received: %s is %s', (sum, name) => {
    expect(createHash('sha256').update(readFileSync(path.join(seedsDir, name))).digest('hex')).toBe(sum);
  });
});

describe('the archived sources of the Teigen story, compared with the raw articles', () => {
  const archived = readdirSync(archiveDir).filter((name) => name.endsWith('.md')).sort();
  const seedOf = (name: string) => {
    const bytes = readFileSync(path.join(archiveDir, name));
    const { data } = splitFrontmatter(name, bytes.toString('utf8'));
    return { bytes, importedFrom: String(data?.importedFrom), published: data?.published };
  };

  it.each(archived)('%s keeps the text of the seed it names, byte for byte, without the date marker', (name) => {
    const { bytes, importedFrom, published } = seedOf(name);
    const seed = readFileSync(path.join(seedsDir, importedFrom));
    const marker = MARKER.exec(seed.toString('utf8'));
    const seedBody = marker ? seed.subarray(Buffer.byteLength(marker[0])) : seed;

    const fileBody = bytes.subarray(bytes.length - seedBody.length);
    expect(fileBody.equals(seedBody)).toBe(true);
    expect(bytes.subarray(0, bytes.length - seedBody.length).toString('utf8').endsWith('\n---\n')).toBe(true);
    expect(published === undefined ? undefined : String(published)).toBe(marker?.[1]);
  });

  it('archives every raw article exactly once', () => {
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
    expect(archived.map((name) => seedOf(name).importedFrom).sort()).toEqual(seeds);
  });
});
