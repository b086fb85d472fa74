import { z } from 'zod';

/**
 * The shape of citations.json, in one place: the export is checked against it
 * in the tests, and its JSON Schema (z.toJSONSchema) is published beside it at
 * /citations.schema.json. Each citation carries a W3C Web Annotation target
 * (https://www.w3.org/TR/annotation-model/#selectors): the words quoted, with
 * the text around them, as annotation tools resolve them in a page.
 */

const url = z.url();

const textQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

const fragmentSelector = z.strictObject({
  type: z.literal('FragmentSelector'),
  conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3986'),
  value: z.string().regex(/^p-\d+$/),
  refinedBy: z.strictObject({
    type: z.literal('TextPositionSelector'),
    /** Code points from the start of the paragraph, end exclusive (as the model counts them). */
    start: z.int().nonnegative(),
    end: z.int().positive(),
  }),
});

const citation = z.strictObject({
  source: z.string(),
  quote: z.string(),
  passage: z.string(),
  paragraph: z.int().positive(),
  /** UTF-16 units into the paragraph, end exclusive. */
  start: z.int().nonnegative(),
  end: z.int().positive(),
  archive: url,
  target: z.strictObject({ source: url, selector: z.tuple([textQuoteSelector, fragmentSelector]) }),
});

const cslItem = z.strictObject({
  id: z.string(),
  type: z.literal('article-newspaper'),
  title: z.string().optional(),
  'container-title': z.string().optional(),
  author: z.array(z.strictObject({ literal: z.string() })).optional(),
  issued: z.strictObject({ 'date-parts': z.tuple([z.tuple([z.int(), z.int(), z.int()])]) }).optional(),
  URL: url.optional(),
  archive: z.string(),
  archive_location: url,
  language: z.string(),
});

export const citationsFileSchema = z.strictObject({
  version: z.literal(2),
  story: z.strictObject({ slug: z.string(), title: z.string(), url, published: z.iso.date(), updated: z.iso.date().nullable() }),
  matching: z.string(),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      outlet: z.string().nullable(),
      title: z.string().nullable(),
      published: z.iso.date().nullable(),
      url: url.nullable(),
      archive: url,
      csl: cslItem,
    }),
  ),
  claims: z.array(
    z.strictObject({
      id: z.string().regex(/^claim-[0-9a-f]{8}(-\d+)?$/),
      number: z.int().positive(),
      text: z.string(),
      anchor: url,
      citations: z.array(citation).min(1),
      reportedBy: z.array(z.string()).min(1),
      corroboration: z.strictObject({ reporting: z.int().positive(), of: z.int().positive() }),
    }),
  ),
});

export type CitationsFile = z.infer<typeof citationsFileSchema>;

export const CITATIONS_SCHEMA_PATH = '/citations.schema.json';
