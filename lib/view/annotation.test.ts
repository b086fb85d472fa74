import { describe, expect, it } from 'vitest';
import type { Source } from '../content/model';
import { annotationTarget, codePoints, cslItem, QUOTE_CONTEXT, textQuote } from './annotation';

describe('textQuote', () => {
  const text = `${'a'.repeat(40)}the exact words${'z'.repeat(40)}`;
  const start = 40;
  const end = start + 'the exact words'.length;

  it('keeps the exact words and QUOTE_CONTEXT characters of the paragraph on each side', () => {
    expect(textQuote(text, start, end)).toEqual({ type: 'TextQuoteSelector', exact: 'the exact words', prefix: 'a'.repeat(QUOTE_CONTEXT), suffix: 'z'.repeat(QUOTE_CONTEXT) });
  });

  it('stops the context at the paragraph’s ends', () => {
    expect(textQuote('words at the start', 0, 5)).toMatchObject({ prefix: '', suffix: ' at the start' });
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    // Each emoji is two UTF-16 units; one extra letter puts the cut 32 units away inside an emoji.
    const emoji = '😢'.repeat(20);
    const quote = textQuote(`${emoji}ywordsy${emoji}`, 41, 46);
    expect(quote.exact).toBe('words');
    expect(quote.prefix).toBe(`${'😢'.repeat(15)}y`);
    expect(quote.suffix).toBe(`y${'😢'.repeat(15)}`);
  });
});

describe('annotationTarget', () => {
  it('gives the paragraph as a fragment, refined to the passage in code points, not UTF-16 units', () => {
    const text = '😢 so sad';
    const target = annotationTarget('https://reader.example/stories/s/sources/a', text, { sourceId: 'a', paragraph: 3, start: 3, end: 5 }, 'p-3');
    expect(target.source).toBe('https://reader.example/stories/s/sources/a');
    expect(target.selector[0].exact).toBe('so');
    expect(target.selector[1]).toEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
      value: 'p-3',
      refinedBy: { type: 'TextPositionSelector', start: 2, end: 4 },
    });
    expect([...text].slice(2, 4).join('')).toBe('so');
  });

  it('counts code points the way the annotation model does', () => {
    expect(codePoints('a😢b', 3)).toBe(2);
    expect(codePoints('abc', 0)).toBe(0);
  });
});

describe('cslItem', () => {
  const ARCHIVE = 'https://reader.example/stories/s/sources/heart';
  const source = (meta: Partial<Source['meta']>): Source => ({ id: 'heart', file: 'heart.md', name: 'Heart', paragraphs: [], meta: { language: 'en', ...meta } });

  it('gives every known fact in CSL-JSON’s own fields', () => {
    expect(cslItem(source({ title: 'Chrissy Teigen essay', outlet: 'Heart', published: '2020-10-28', url: 'https://www.heart.co.uk/a' }), ARCHIVE)).toEqual({
      id: 'heart',
      type: 'article-newspaper',
      title: 'Chrissy Teigen essay',
      'container-title': 'Heart',
      issued: { 'date-parts': [[2020, 10, 28]] },
      URL: 'https://www.heart.co.uk/a',
      archive: 'Reader',
      archive_location: ARCHIVE,
      language: 'en',
    });
  });

  it('leaves out what is unknown rather than filling it in', () => {
    expect(cslItem(source({}), ARCHIVE)).toEqual({ id: 'heart', type: 'article-newspaper', archive: 'Reader', archive_location: ARCHIVE, language: 'en' });
  });
});
