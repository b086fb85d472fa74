import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getStory } from '../content/store';
import { citationsExport } from './citations-export';
import { citationsFileSchema } from './citations-schema';
import { SITE_URL } from './site';
import { sourceOf } from './story-index';

const story = getStory('teigen-pregnancy-loss-essay')!;
const exported = citationsExport(story);
const citations = exported.claims.flatMap((claim) => claim.citations);

describe('the citations export', () => {
  it('matches its zod schema and, through the published JSON Schema, a standard validator', () => {
    expect(citationsFileSchema.safeParse(exported).error).toBeUndefined();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(z.toJSONSchema(citationsFileSchema));
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    // The published schema can fail: a file of the first version does not pass it.
    expect(validate({ ...exported, version: 1 })).toBe(false);
  });

  it('gives every address absolute, on the configured site', () => {
    const addresses = [exported.story.url, ...exported.sources.map((s) => s.archive), ...exported.claims.map((c) => c.anchor), ...citations.flatMap((c) => [c.archive, c.target.source])];
    for (const address of addresses) expect(new URL(address).origin).toBe(SITE_URL.origin);
  });

  it('quotes in each target exactly the passage the citation resolved to, with the paragraph around it', () => {
    expect(citations).toHaveLength(138);
    for (const citation of citations) {
      const [quote, fragment] = citation.target.selector;
      const paragraph = sourceOf(story, citation.source).paragraphs[citation.paragraph - 1]!.text;
      expect(quote.exact).toBe(citation.passage);
      expect(paragraph).toContain(quote.prefix + quote.exact + quote.suffix);
      expect(fragment.value).toBe(`p-${citation.paragraph}`);
      expect([...paragraph].slice(fragment.refinedBy.start, fragment.refinedBy.end).join('')).toBe(citation.passage);
    }
  });

  it('counts corroboration as numbers, the same count as the articles listed as reporting the claim', () => {
    for (const claim of exported.claims) {
      expect(claim.corroboration).toEqual({ reporting: claim.reportedBy.length, of: exported.sources.length });
    }
  });
});

describe('the sources as CSL-JSON', () => {
  const items = exported.sources.map((source) => source.csl);
  const bibliography: string = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });

  it('format as a bibliography that names every known outlet', () => {
    const outlets = story.sources.flatMap((source) => source.meta.outlet ?? []);
    expect(outlets.length).toBeGreaterThan(0);
    for (const outlet of outlets) expect(bibliography).toContain(outlet);
    expect(bibliography.trim().split('\n')).toHaveLength(story.sources.length);
  });

  it('carry no address but the original an article’s record gives and where the reader archives it', () => {
    const known = new Set([...story.sources.flatMap((source) => source.meta.url ?? []), ...exported.sources.map((source) => source.archive)]);
    const printed = (bibliography.match(/https?:\/\/[^\s)]+/g) ?? []).map((address) => address.replace(/[.,]$/, ''));
    expect(printed.length).toBeGreaterThanOrEqual(story.sources.length);
    for (const address of printed) expect(known).toContain(address);
    for (const source of story.sources) {
      const item = items.find((i) => i.id === source.id)!;
      expect(item.URL).toBe(source.meta.url);
      expect(item['container-title']).toBe(source.meta.outlet);
    }
  });
});
