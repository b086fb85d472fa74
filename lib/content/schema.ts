import { z } from 'zod';
import { diagnostic, suggestion, type Diagnostic, type Position } from './diagnostics';

/**
 * The frontmatter contract for authors. Objects are strict: a misspelt field
 * ("outlett") is an error with a suggestion rather than a silently ignored key.
 */

// `abort` stops at the first failed check, so one bad value gives one message.
const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

// YAML turns an unquoted 2020-10-28 into a Date; accept both spellings.
const dateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

const nonEmpty = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const language = z
  .string({ error: 'must be a language tag such as "en"' })
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"');
const webAddress = z
  .string({ error: 'must be a web address' })
  .url({ error: 'must be a full web address starting with https://', abort: true })
  .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://');

// An instant as the page stated it, its offset kept: 2019-11-19T08:03:00-05:00 (or a date alone, when that is all it said).
const statedInstant = z
  .string({ error: 'must be a date and time written as in 2019-11-19T08:03:00-05:00' })
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'must be a date and time written as in 2019-11-19T08:03:00-05:00');

/** Where an imported page stated each fact (lib/authoring/extract/metadata.ts), or that a flag gave it. */
export const PROVENANCE = ['json-ld', 'opengraph', 'meta', 'canonical link', 'html lang', 'title element', 'time element', 'byline text', 'flag'] as const;
const provenance = z.partialRecord(
  z.enum(['title', 'authors', 'outlet', 'url', 'published', 'modified', 'language']),
  z.enum(PROVENANCE, { error: `must be one of ${PROVENANCE.join(', ')}` }),
);

const savedPage = z.strictObject({
  /** The page as saved, gzip-compressed, beside this file in sources/. */
  file: z.string().regex(/^[a-z0-9-]+\.html\.gz$/, 'must be the name of a .html.gz file beside the source'),
  /** SHA-256 of the page's bytes before compression, checked by content:check. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hexadecimal digits'),
});

/** An image of the imported article, kept as a placeholder: what it shows and who made it, never invented. */
const sourceFigure = z.strictObject({
  src: webAddress,
  alt: nonEmpty.optional(),
  caption: nonEmpty.optional(),
  credit: nonEmpty.optional(),
});

export const sourceFrontmatterSchema = z.strictObject({
  title: nonEmpty.optional(),
  /** The first paragraph of the body is the article's headline. */
  headline: z.boolean({ error: 'must be true or false' }).optional(),
  outlet: nonEmpty.optional(),
  /** How the reader names a source whose outlet is unknown. */
  label: nonEmpty.optional(),
  url: webAddress.optional(),
  /** Anything a reader should know about the address (for example that its slug names another story). */
  urlNote: nonEmpty.optional(),
  published: dateField.optional(),
  language,
  /** Paragraph numbers (1-based) that are photo captions rather than article text. */
  captions: z.array(z.number().int().positive(), { error: 'must be a list of paragraph numbers' }).optional(),
  /** The raw file this source was archived from. */
  importedFrom: nonEmpty.optional(),
  /** Every author the page names, in its order. */
  authors: z.array(nonEmpty, { error: 'must be a list of names' }).optional(),
  publishedAt: statedInstant.optional(),
  modifiedAt: statedInstant.optional(),
  provenance: provenance.optional(),
  savedPage: savedPage.optional(),
  figures: z.array(sourceFigure, { error: 'must be a list of figures' }).optional(),
});

export type SourceFrontmatter = z.infer<typeof sourceFrontmatterSchema>;

const supportResource = z.strictObject({
  name: nonEmpty,
  url: webAddress.optional(),
  description: nonEmpty.optional(),
});

/** One entry of a story's log of changes: when, and in one sentence what changed. The first is its publication. */
const change = z.strictObject({ date: dateField, summary: nonEmpty });

export const storyFrontmatterSchema = z.strictObject({
  title: nonEmpty,
  /** One calm sentence, shown in the story list and on the content note. */
  summary: nonEmpty,
  published: dateField,
  updated: dateField.optional(),
  language,
  /** What the story contains, in plain words, for the content note. */
  topics: z.array(nonEmpty, { error: 'must be a list of topics' }).min(1, 'must name at least one topic'),
  support: z.array(supportResource, { error: 'must be a list of support resources' }).default([]),
  /** Oldest first; checked by lib/content/rules/changes.ts. */
  changes: z.array(change, { error: 'must be a list of changes, each a date and a summary' }).min(1, 'must list at least the publication').optional(),
});

export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;

/**
 * Validates frontmatter against a schema and reports each problem at the
 * field it concerns (or at the start of the frontmatter for a missing one).
 */
export function checkFrontmatter<T extends z.ZodObject>(
  schema: T,
  file: string,
  data: Record<string, unknown>,
  keyPositions: Map<string, Position>,
): { value: z.infer<T> | undefined; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const known = Object.keys(schema.shape);
  const fallback: Position = { line: 2, column: 1 };
  const diagnostics = result.error.issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        diagnostic(
          file,
          issue.path.length === 0 ? keyPositions.get(key) ?? fallback : positionOf(issue.path, keyPositions, fallback),
          'frontmatter-unknown-field',
          `unknown frontmatter field "${[...issue.path, key].join('.')}"; ${suggestion(key, known, 'field')}`,
        ),
      );
    }
    const field = issue.path.join('.');
    const missing = issue.path.length > 0 && data[String(issue.path[0])] === undefined;
    const where = positionOf(issue.path, keyPositions, fallback);
    return [
      missing
        ? diagnostic(file, where, 'frontmatter-required', `frontmatter field "${field}" is required`)
        : diagnostic(file, where, 'frontmatter-invalid', `frontmatter field "${field}" ${issue.message}`),
    ];
  });
  return { value: undefined, diagnostics };
}

function positionOf(path: readonly PropertyKey[], keyPositions: Map<string, Position>, fallback: Position): Position {
  const top = path[0];
  return (top !== undefined && keyPositions.get(String(top))) || fallback;
}
