import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { diagnostic, type Diagnostic, type Position } from './diagnostics';

/**
 * Splits a content file into YAML frontmatter and body, keeping the line where
 * the body starts so that positions inside the body can be reported against
 * the whole file.
 */
export interface SplitFile {
  /** Parsed frontmatter, or undefined when it is missing or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Where each top-level key sits in the file, and each item of a list as `key.0`, `key.1`…, for field-level messages. */
  keyPositions: Map<string, Position>;
  body: string;
  /** 1-based line of the file on which the body's first line stands. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const FILE_START: Position = { line: 1, column: 1 };
export const FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /(?:^|\r?\n)---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(file: string, text: string): SplitFile {
  const keyPositions = new Map<string, Position>();
  const opening = FENCE.exec(text);
  if (!opening) {
    return {
      data: undefined,
      keyPositions,
      body: text,
      bodyLine: 1,
      diagnostics: [diagnostic(file, FILE_START, 'frontmatter-missing', 'missing frontmatter: the file must start with a line "---"')],
    };
  }
  const afterOpening = text.slice(opening[0].length);
  const closing = CLOSING_FENCE.exec(afterOpening);
  if (!closing) {
    return {
      data: undefined,
      keyPositions,
      body: '',
      bodyLine: 1,
      diagnostics: [diagnostic(file, FILE_START, 'frontmatter-unterminated', 'unterminated frontmatter: no closing line "---"')],
    };
  }
  const yamlText = afterOpening.slice(0, closing.index);
  const body = afterOpening.slice(closing.index + closing[0].length);
  const yamlFirstLine = 2;
  const bodyLine = yamlFirstLine + countLines(yamlText) + 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    const where = { line: yamlFirstLine - 1 + pos.line, column: pos.col };
    return diagnostic(file, where, 'frontmatter-yaml', `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
  });
  if (diagnostics.length > 0) return { data: undefined, keyPositions, body, bodyLine, diagnostics };

  if (!isMap(doc.contents)) {
    diagnostics.push(diagnostic(file, { line: yamlFirstLine, column: 1 }, 'frontmatter-not-mapping', 'frontmatter must be a mapping of fields ("title: …")'));
    return { data: undefined, keyPositions, body, bodyLine, diagnostics };
  }
  const positionOf = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: yamlFirstLine - 1 + pos.line, column: pos.col };
  };
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    keyPositions.set(key, positionOf(pair.key.range[0]));
    if (!isSeq(pair.value)) continue;
    pair.value.items.forEach((item, index) => {
      const range = (item as { range?: [number, number, number] }).range;
      if (range) keyPositions.set(`${key}.${index}`, positionOf(range[0]));
    });
  }
  return { data: doc.toJS() as Record<string, unknown>, keyPositions, body, bodyLine, diagnostics };
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  return text.split(/\r?\n/).length;
}
