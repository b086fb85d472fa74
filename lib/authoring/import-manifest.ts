import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The manifest of `content:import --manifest <file>`: several pages with each
 * one's own details in one run, where flags give one set of details to every
 * file. YAML (or JSON, which YAML reads too): a list of entries, each the
 * page's file (relative to the manifest) and what the page itself does not
 * state. Unknown stays unknown: an entry names no outlet it does not know.
 *
 *   - file: eurweb.txt
 *     id: eurweb
 *     outlet: EURweb
 *     url: https://eurweb.com/…
 *   - file: article-a.txt
 *     label: Unknown outlet (article A)
 */

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

const entrySchema = z.strictObject({
  file: text,
  id: text.optional(),
  title: text.optional(),
  headline: z.boolean({ error: 'must be true or false' }).optional(),
  outlet: text.optional(),
  label: text.optional(),
  url: text.optional(),
  urlNote: text.optional(),
  language: text.optional(),
});

/** One page to import and its own details; `file` resolved against the manifest's folder. */
export type ManifestEntry = z.infer<typeof entrySchema>;

/** The fields an entry may give besides its file, for a message about a misspelt one. */
export const ENTRY_FIELDS = Object.keys(entrySchema.shape);

function entryProblems(error: z.ZodError, index: number): string[] {
  return error.issues.map((issue) => {
    const where = `entry ${index + 1}`;
    if (issue.code === 'unrecognized_keys') return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (fields: ${ENTRY_FIELDS.join(', ')})`;
    return `${where}: "${issue.path.join('.')}" ${issue.message}`;
  });
}

/** The entries of a manifest, or every problem found in it (nothing is imported from a manifest with problems). */
export function readManifest(source: string, manifestFile: string): { entries: ManifestEntry[] } | { problems: string[] } {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    return { problems: [`not YAML or JSON: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (!Array.isArray(data) || data.length === 0) return { problems: ['must be a list of pages, each with at least "file"'] };
  const entries: ManifestEntry[] = [];
  const problems = data.flatMap((item, index) => {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) return entryProblems(parsed.error, index);
    entries.push({ ...parsed.data, file: path.resolve(path.dirname(manifestFile), parsed.data.file) });
    return [];
  });
  return problems.length > 0 ? { problems } : { entries };
}
