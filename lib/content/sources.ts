import { diagnostic, type Diagnostic, type Position } from './diagnostics';
import type { ContentFile } from './files';
import { splitFrontmatter } from './frontmatter';
import { SLUG_PATTERN } from './ids';
import type { Paragraph, Source } from './model';
import { checkFrontmatter, sourceFrontmatterSchema, type SourceFrontmatter } from './schema';

/** Stage 1 of the pipeline: the archived articles, parsed, checked and indexed by id. */

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

const FILE_START = { line: 1, column: 1 };

/**
 * An imported page's archive is checked against the page kept beside it: the
 * page must be there and hash as recorded, so the archive can be re-derived.
 */
function checkSavedPage(file: string, meta: SourceFrontmatter, savedPages: ReadonlyMap<string, string>, keyPositions: Map<string, Position>): Diagnostic[] {
  if (!meta.savedPage) return [];
  const where = keyPositions.get('savedPage') ?? FILE_START;
  const hash = savedPages.get(meta.savedPage.file);
  if (hash === undefined) {
    return [diagnostic(file, where, 'source-page-missing', `the saved page ${meta.savedPage.file} is not beside this source; restore it, or import the page again`)];
  }
  if (hash !== meta.savedPage.sha256) {
    return [diagnostic(file, where, 'source-page-changed', `the saved page ${meta.savedPage.file} has changed since import (SHA-256 ${hash.slice(0, 12)}…, recorded ${meta.savedPage.sha256.slice(0, 12)}…); restore it, or import it again with --force`)];
  }
  return [];
}

/** An image without alt text is named, so an editor writes one; the importer never invents it. */
function checkFigures(file: string, meta: SourceFrontmatter, keyPositions: Map<string, Position>): Diagnostic[] {
  return (meta.figures ?? []).flatMap((figure) => figure.alt ? [] : [
    diagnostic(file, keyPositions.get('figures') ?? FILE_START, 'source-figure-alt-missing',
      `the image ${figure.src} has no alt text; write what it shows as its alt`, 'warning'),
  ]);
}

/** Parses one archived source file; the id comes from its file name. */
export function parseSource(id: string, file: string, text: string, savedPages: ReadonlyMap<string, string> = new Map()): { source?: Source; diagnostics: Diagnostic[] } {
  const split = splitFrontmatter(file, text);
  const diagnostics = [...split.diagnostics];
  if (!SLUG_PATTERN.test(id)) {
    diagnostics.push(diagnostic(file, FILE_START, 'source-id',
      `source file name "${id}" must be a lower-case id of letters, digits and hyphens (it becomes the address /sources/${id})`));
  }
  if (!split.data) return { diagnostics };
  const { value: meta, diagnostics: fieldProblems } = checkFrontmatter(sourceFrontmatterSchema, file, split.data, split.keyPositions);
  diagnostics.push(...fieldProblems);
  if (!meta) return { diagnostics };

  diagnostics.push(...checkSavedPage(file, meta, savedPages, split.keyPositions), ...checkFigures(file, meta, split.keyPositions));
  const paragraphs = splitParagraphs(split.body, split.bodyLine, meta.captions);
  if (paragraphs.length === 0) {
    diagnostics.push(diagnostic(file, { line: split.bodyLine, column: 1 }, 'source-empty', 'source has no text: the archived article belongs below the frontmatter'));
  }
  for (const number of meta.captions ?? []) {
    if (number > paragraphs.length) {
      diagnostics.push(diagnostic(file, split.keyPositions.get('captions') ?? { line: 2, column: 1 }, 'caption-out-of-range',
        `captions lists paragraph ${number}, but the source has ${paragraphs.length} paragraphs`));
    }
  }
  const title = meta.title ?? (meta.headline ? paragraphs[0]?.text.trim() : undefined);
  return { source: { id, file, meta: { ...meta, title }, name: meta.outlet ?? meta.label ?? title ?? id, paragraphs }, diagnostics };
}

export interface LoadedSources {
  /** The valid sources by id, in file order. */
  byId: Map<string, Source>;
  /** Sources whose own file is invalid: citing them is not a second error. */
  invalid: Set<string>;
  diagnostics: Diagnostic[];
}

/** Parses every source of a story; ids are compared without case, as URLs and some file systems do. */
export function loadSources(files: readonly (ContentFile & { id: string })[], savedPages?: ReadonlyMap<string, string>): LoadedSources {
  const loaded: LoadedSources = { byId: new Map(), invalid: new Set(), diagnostics: [] };
  const byLowerCase = new Map<string, Source>();
  for (const file of files) {
    const { source, diagnostics } = parseSource(file.id, file.path, file.text, savedPages);
    loaded.diagnostics.push(...diagnostics);
    if (!source) {
      loaded.invalid.add(file.id);
      continue;
    }
    const clash = byLowerCase.get(source.id.toLowerCase());
    if (clash) {
      loaded.diagnostics.push(diagnostic(file.path, FILE_START, 'source-duplicate',
        `duplicate source id "${source.id}": ${clash.file} already uses it (ids are compared without case, as URLs and some file systems do)`));
      continue;
    }
    byLowerCase.set(source.id.toLowerCase(), source);
    loaded.byId.set(source.id, source);
  }
  return loaded;
}
