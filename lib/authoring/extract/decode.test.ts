import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePage } from './decode';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodePage', () => {
  it('reads a Latin-1 page by its <meta charset>, keeping the accents', () => {
    expect(decodePage(latin1('<meta charset="iso-8859-1"><p>Café crème à la façon</p>'))).toContain('Café crème à la façon');
  });

  it('reads the charset from an HTTP-equiv Content-Type', () => {
    const page = latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>Señora Muñoz</p>');
    expect(decodePage(page)).toContain('Señora Muñoz');
  });

  it('lets the byte-order mark win over a declaration', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="iso-8859-1"><p>Zoë</p>')]);
    expect(decodePage(page)).toContain('Zoë');
  });

  it('assumes UTF-8 without any declaration, and gunzips a .html.gz page first', () => {
    expect(decodePage(gzipSync(Buffer.from('<p>naïve résumé</p>')))).toBe('<p>naïve résumé</p>');
  });
});
