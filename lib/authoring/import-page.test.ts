import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Extraction } from './extract';
import { importPage } from './import-page';

const extraction: Extraction = {
  file: 'saved/bridge.html', title: 'Bridge closes', authors: ['Jane Roe', 'John Doe'], outlet: 'The Example', url: null,
  published: '2021-03-04T08:15:00+01:00', modified: null, language: 'en',
  provenance: { title: 'json-ld', authors: 'json-ld', outlet: 'opengraph', published: 'json-ld', language: 'html lang' }, disagreements: [],
  blocks: [{ kind: 'paragraph', text: 'First paragraph.' }, { kind: 'heading', text: 'Next' }], body: 'First paragraph.\n\nNext', words: 3, notes: [],
  figures: [{ src: 'https://example.org/a.jpg', alt: null, caption: 'The bridge', credit: null }], dropped: [],
};
const page = Buffer.from('<html>the saved page</html>');

describe('importPage', () => {
  const imported = importPage(extraction, gzipSync(page), 'bridge');

  it('writes the stated facts with their provenance, and leaves unstated ones out', () => {
    expect(imported.meta).toEqual({
      title: 'Bridge closes', outlet: 'The Example', authors: ['Jane Roe', 'John Doe'],
      published: '2021-03-04', publishedAt: '2021-03-04T08:15:00+01:00', language: 'en',
      provenance: extraction.provenance,
      savedPage: { file: 'bridge.html.gz', sha256: createHash('sha256').update(page).digest('hex') },
      figures: [{ src: 'https://example.org/a.jpg', caption: 'The bridge' }],
      importedFrom: 'bridge.html',
    });
  });

  it('writes one block a paragraph, and keeps the page, decompressed before hashing, compressed', () => {
    expect(imported.fileText.endsWith('---\nFirst paragraph.\n\nNext\n')).toBe(true);
    expect(gunzipSync(imported.savedPage).equals(page)).toBe(true);
  });

  it('lets a flag replace or supply a field, saying so, with "flag" as its provenance', () => {
    const flagged = importPage(extraction, page, 'bridge', { outlet: 'Example Times', url: 'https://example.org/bridge' });
    expect(flagged.meta).toMatchObject({ outlet: 'Example Times', url: 'https://example.org/bridge', provenance: { outlet: 'flag', url: 'flag' } });
    expect(flagged.overrides).toEqual([
      'outlet: the flag\'s "Example Times" replaces "The Example" (opengraph)',
      'url: "https://example.org/bridge" from the flag (the page does not state it)',
    ]);
  });
});
