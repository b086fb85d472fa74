import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { stringify } from 'yaml';
import type { SourceFrontmatter } from '../content/schema';
import { gunzipIfNeeded } from './extract/decode';
import type { Extraction } from './extract';
import type { MetadataField, Where } from './extract/metadata';

/**
 * Turns an extracted saved page into an archived source: the body as one
 * paragraph a line, the facts the page stated with where each came from, and
 * the page itself, compressed, with its hash. A flag replaces what the page
 * says, and the replacement is reported, never silent.
 */

export interface PageFlags {
  title?: string | undefined;
  outlet?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
}

export interface ImportedPage {
  meta: SourceFrontmatter;
  fileText: string;
  /** The saved page, gzip-compressed, to be written as `meta.savedPage.file`. */
  savedPage: Buffer;
  /** One line per flag that replaced or supplied a field. */
  overrides: string[];
}

type FlagField = keyof PageFlags & MetadataField;

function applyFlags(extraction: Extraction, flags: PageFlags): { facts: Pick<Extraction, FlagField>; provenance: Extraction['provenance']; overrides: string[] } {
  const facts: Pick<Extraction, FlagField> = { title: extraction.title, outlet: extraction.outlet, url: extraction.url, language: extraction.language };
  const provenance: Partial<Record<MetadataField, Where>> = { ...extraction.provenance };
  const overrides: string[] = [];
  for (const field of Object.keys(facts) as FlagField[]) {
    const flag = flags[field];
    if (flag === undefined) continue;
    const stated = facts[field];
    overrides.push(stated === null ? `${field}: "${flag}" from the flag (the page does not state it)`
      : `${field}: the flag's "${flag}" replaces "${stated}" (${provenance[field]})`);
    facts[field] = flag;
    provenance[field] = 'flag';
  }
  return { facts, provenance, overrides };
}

/** The date of an instant as the page wrote it, in the page's own offset. */
const dateOf = (instant: string) => instant.slice(0, 10);

export function importPage(extraction: Extraction, pageBytes: Uint8Array, id: string, flags: PageFlags = {}): ImportedPage {
  const { facts, provenance, overrides } = applyFlags(extraction, flags);
  const page = gunzipIfNeeded(pageBytes);
  const figures = extraction.figures.map(({ src, alt, caption, credit }) => ({
    src, ...(alt && { alt }), ...(caption && { caption }), ...(credit && { credit }),
  }));
  const meta: SourceFrontmatter = {
    ...(facts.title && { title: facts.title }),
    ...(facts.outlet && { outlet: facts.outlet }),
    ...(facts.url && { url: facts.url }),
    ...(extraction.authors.length > 0 && { authors: extraction.authors }),
    ...(extraction.published && { published: dateOf(extraction.published), publishedAt: extraction.published }),
    ...(extraction.modified && { modifiedAt: extraction.modified }),
    // The schema needs a language; a page that states none is archived as "und" (undetermined), not guessed.
    language: facts.language ?? 'und',
    provenance,
    savedPage: { file: `${id}.html.gz`, sha256: createHash('sha256').update(page).digest('hex') },
    ...(figures.length > 0 && { figures }),
    importedFrom: extraction.file.split('/').pop()!,
  };
  const body = `${extraction.blocks.map((block) => block.text).join('\n\n')}\n`;
  return { meta, fileText: `---\n${stringify(meta, { lineWidth: 0 })}---\n${body}`, savedPage: gzipSync(page), overrides };
}
