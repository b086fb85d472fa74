import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from './import-manifest';

const MANIFEST = '/stories/imports/sources.yaml';

describe('readManifest', () => {
  it('reads each page’s own details, its file taken from the manifest’s folder', () => {
    const yaml = '- file: eurweb.txt\n  id: eurweb\n  outlet: EURweb\n  url: https://eurweb.com/x\n- file: ../a.txt\n  label: Unknown outlet (article A)\n  headline: true\n';
    expect(readManifest(yaml, MANIFEST)).toEqual({
      entries: [
        { file: path.resolve('/stories/imports/eurweb.txt'), id: 'eurweb', outlet: 'EURweb', url: 'https://eurweb.com/x' },
        { file: path.resolve('/stories/a.txt'), label: 'Unknown outlet (article A)', headline: true },
      ],
    });
  });

  it('reads JSON as well', () => {
    expect(readManifest('[{"file": "heart.txt", "outlet": "Heart"}]', MANIFEST)).toEqual({ entries: [{ file: path.resolve('/stories/imports/heart.txt'), outlet: 'Heart' }] });
  });

  it('names every problem with its entry: a misspelt field, a missing file, a value of the wrong kind', () => {
    const result = readManifest('- file: a.txt\n  outlt: Heart\n- id: b\n- file: c.txt\n  headline: "yes"\n', MANIFEST);
    expect(result).toEqual({
      problems: [
        expect.stringMatching(/^entry 1: unknown field "outlt" \(fields: file, id, .*outlet/),
        expect.stringMatching(/^entry 2: "file" /),
        'entry 3: "headline" must be true or false',
      ],
    });
  });

  it('refuses what is not a list of pages, and what is not YAML', () => {
    expect(readManifest('file: a.txt\n', MANIFEST)).toEqual({ problems: ['must be a list of pages, each with at least "file"'] });
    expect(readManifest('- file: [a\n', MANIFEST)).toEqual({ problems: [expect.stringMatching(/^not YAML or JSON: /)] });
  });
});
