import { stringify } from 'yaml';
import type { SourceFrontmatter } from '../content/schema';

/**
 * Turns a raw article as received (the format of the seed files) into an
 * archived source file. The body is kept verbatim: quirks, typos and all.
 */

const DATE_MARKER = /^\s*date (\d{4}-\d{2}-\d{2}) /;
const SENTENCE_END = /[.!?:;,"'\u201D\u2019\u2026)\]]$/;
const CAPTION = /\.\s+(?:Picture|Photo|Photograph|Image|Credit):\s+[^.]{1,80}\.?$/;

export interface ImportOptions {
  title?: string;
  /** true/false to say whether the first line is a headline; undefined to detect it. */
  headline?: boolean;
  outlet?: string;
  label?: string;
  url?: string;
  urlNote?: string;
  language?: string;
  importedFrom?: string;
}

export interface ImportedArticle {
  meta: SourceFrontmatter;
  body: string;
  fileText: string;
}

/** A first line with no sentence ending and of headline length reads as a headline. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= 160 && !SENTENCE_END.test(text);
}

export function importArticle(raw: string, options: ImportOptions = {}): ImportedArticle {
  const marker = DATE_MARKER.exec(raw);
  const body = marker ? raw.slice(marker[0].length) : raw;
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  const firstLine = lines[0] ?? '';
  const headline = options.title === undefined ? (options.headline ?? looksLikeHeadline(firstLine)) : options.headline;
  const captions = lines.flatMap((line, index) => (CAPTION.test(line.trim()) ? [index + 1] : []));

  const meta: SourceFrontmatter = {
    ...(options.title !== undefined && { title: options.title }),
    ...(headline && { headline: true }),
    ...(options.outlet !== undefined && { outlet: options.outlet }),
    ...(options.label !== undefined && { label: options.label }),
    ...(options.url !== undefined && { url: options.url }),
    ...(options.urlNote !== undefined && { urlNote: options.urlNote }),
    ...(marker && { published: marker[1] }),
    language: options.language ?? 'en',
    ...(captions.length > 0 && { captions }),
    ...(options.importedFrom !== undefined && { importedFrom: options.importedFrom }),
  };
  return { meta, body, fileText: `---\n${stringify(meta, { lineWidth: 0 })}---\n${body}` };
}
