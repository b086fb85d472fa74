import type { Diagnostic } from './diagnostics';
import { splitFrontmatter } from './frontmatter';
import type { Paragraph, Source } from './model';
import { checkFrontmatter, sourceFrontmatterSchema } from './schema';

export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Splits verbatim article text into paragraphs: every non-blank line is one. */
export function splitParagraphs(body: string, bodyLine: number, captionNumbers: readonly number[] = []): Paragraph[] {
  const captions = new Set(captionNumbers);
  const paragraphs: Paragraph[] = [];
  body.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const number = paragraphs.length + 1;
    paragraphs.push({ number, text, line: bodyLine + index, isCaption: captions.has(number) });
  });
  return paragraphs;
}

/** Parses one archived source file; the id comes from its file name. */
export function parseSource(id: string, file: string, text: string): { source?: Source; diagnostics: Diagnostic[] } {
  const split = splitFrontmatter(file, text);
  const diagnostics = [...split.diagnostics];
  if (!SOURCE_ID_PATTERN.test(id)) {
    diagnostics.push({
      file, line: 1, column: 1, severity: 'error',
      message: `source file name "${id}" must be a lower-case id of letters, digits and hyphens (it becomes the address /sources/${id})`,
    });
  }
  if (!split.data) return { diagnostics };
  const { value: meta, diagnostics: fieldProblems } = checkFrontmatter(sourceFrontmatterSchema, file, split.data, split.keyPositions);
  diagnostics.push(...fieldProblems);
  if (!meta) return { diagnostics };

  const paragraphs = splitParagraphs(split.body, split.bodyLine, meta.captions);
  if (paragraphs.length === 0) {
    diagnostics.push({ file, line: split.bodyLine, column: 1, severity: 'error', message: 'source has no text: the archived article belongs below the frontmatter' });
  }
  for (const number of meta.captions ?? []) {
    if (number > paragraphs.length) {
      diagnostics.push({
        file, ...(split.keyPositions.get('captions') ?? { line: 2, column: 1 }), severity: 'error',
        message: `captions lists paragraph ${number}, but the source has ${paragraphs.length} paragraphs`,
      });
    }
  }
  const title = meta.title ?? (meta.headline ? paragraphs[0]?.text.trim() : undefined);
  const source: Source = {
    id,
    file,
    meta: { ...meta, title },
    name: meta.outlet ?? meta.label ?? title ?? id,
    paragraphs,
  };
  return { source, diagnostics };
}
