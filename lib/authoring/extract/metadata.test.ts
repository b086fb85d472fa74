import { describe, expect, it } from 'vitest';
import { parsePage } from './dom';
import { namesFromByline, readMetadata, statedInstant } from './metadata';

const page = (head: string, body = '') => readMetadata(parsePage(`<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`));
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readMetadata', () => {
  it('follows @graph and @id references to every author and the publisher', () => {
    const metadata = page(jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Floods close the valley road', author: [{ '@id': '#a1' }, { '@id': '#a2' }], publisher: { '@id': '#org' },
          datePublished: '2021-03-04T08:15:00+01:00', dateModified: '2021-03-04T10:00:00+01:00', inLanguage: 'de' },
        { '@id': '#a1', '@type': 'Person', name: 'Anna Beispiel' },
        { '@id': '#a2', '@type': 'Person', name: 'Ben Muster' },
        { '@id': '#org', '@type': 'NewsMediaOrganization', name: 'Talblatt' },
      ],
    }));
    expect(metadata).toMatchObject({
      title: 'Floods close the valley road', authors: ['Anna Beispiel', 'Ben Muster'], outlet: 'Talblatt',
      published: '2021-03-04T08:15:00+01:00', modified: '2021-03-04T10:00:00+01:00', language: 'de',
      provenance: { title: 'json-ld', authors: 'json-ld', outlet: 'json-ld', published: 'json-ld', language: 'json-ld' },
    });
  });

  it('keeps the JSON-LD when OpenGraph disagrees, and reports the disagreement', () => {
    const metadata = page(`${jsonLd({ '@type': 'Article', headline: 'x', publisher: { name: 'Daily Example' } })}<meta property="og:site_name" content="Example Weekly">`);
    expect(metadata.outlet).toBe('Daily Example');
    expect(metadata.disagreements).toEqual([{ field: 'outlet', kept: 'Daily Example', keptFrom: 'json-ld', other: 'Example Weekly', otherFrom: 'opengraph' }]);
  });

  it('falls back to OpenGraph, meta tags, the canonical link, the time element and the byline, saying which', () => {
    const metadata = page(
      '<meta property="og:title" content="A headline"><meta property="og:site_name" content="The Example"><link rel="canonical" href="https://example.org/a">',
      '<p class="byline">By Jane Roe and John Doe</p><time datetime="2020-10-28T09:00:00-04:00">Oct 28</time>',
    );
    expect(metadata).toMatchObject({ title: 'A headline', outlet: 'The Example', url: 'https://example.org/a', authors: ['Jane Roe', 'John Doe'], published: '2020-10-28T09:00:00-04:00', language: 'en-GB' });
    expect(metadata.provenance).toEqual({ title: 'opengraph', outlet: 'opengraph', url: 'canonical link', authors: 'byline text', published: 'time element', language: 'html lang' });
  });

  it('leaves unstated fields absent: no outlet from the domain, no date from the address', () => {
    const metadata = page('<link rel="canonical" href="https://news.example.com/2020/10/28/story">');
    expect(metadata).toMatchObject({ outlet: null, published: null, modified: null, authors: [], title: null });
  });

  it('ignores author values that are addresses rather than names', () => {
    expect(page('<meta property="article:author" content="https://facebook.com/someone">').authors).toEqual([]);
  });
});

describe('readMetadata, faithful to the page', () => {
  it('takes the canonical link before the JSON-LD url, and never keeps an address\'s fragment', () => {
    const metadata = page(`${jsonLd({ '@type': 'NewsArticle', headline: 'x', mainEntityOfPage: { '@id': 'https://example.org/a/#webpage' } })}<link rel="canonical" href="https://example.org/a/">`);
    expect(metadata).toMatchObject({ url: 'https://example.org/a/', provenance: { url: 'canonical link' } });
    expect(page(jsonLd({ '@type': 'NewsArticle', headline: 'x', url: 'https://example.org/b#webpage' })).url).toBe('https://example.org/b');
  });

  it('keeps no author a CMS gives by default ("admin"), and falls to the next statement', () => {
    const metadata = page(`${jsonLd({ '@type': 'Article', headline: 'x', author: { name: 'admin' } })}<meta name="author" content="Rui Costa">`);
    expect(metadata).toMatchObject({ authors: ['Rui Costa'], provenance: { authors: 'meta' } });
  });

  it('keeps every author of a page whose JSON-LD has no article node but a WebPage, and not its name as the title', () => {
    const metadata = page(jsonLd({ '@type': 'WebPage', name: 'A post - The Blog', author: [{ name: 'Josh Roe' }, { name: 'Ann Lee' }] }));
    expect(metadata).toMatchObject({ authors: ['Josh Roe', 'Ann Lee'], title: null });
  });

  it('dates an article in its own offset when the JSON-LD states the same instant in UTC', () => {
    const metadata = page(`${jsonLd({ '@type': 'NewsArticle', headline: 'x', datePublished: '2019-11-20T01:30:00Z' })}<meta property="article:published_time" content="2019-11-19T17:30:00-08:00">`);
    expect(metadata).toMatchObject({ published: '2019-11-19T17:30:00-08:00', provenance: { published: 'opengraph' } });
  });

  it('keeps the offset of a written-out date', () => {
    expect(statedInstant('Tue, 19 Nov 2019 17:30:00 -0800')).toBe('2019-11-19T17:30:00-08:00');
    expect(statedInstant('Tue, 19 Nov 2019 17:30:00 GMT')).toBe('2019-11-19T17:30:00Z');
  });
});

describe('namesFromByline', () => {
  it('splits a byline into names and drops what follows a separator', () => {
    expect(namesFromByline('By Jane Roe, John Doe & Ann Lee | Reuters')).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
  });
});
