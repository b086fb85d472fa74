import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { diagnostic, type Diagnostic } from './diagnostics';
import { offsetOf, pointAt, repairInnerQuote, setAsideBlock, type InnerQuoteRepair } from './mdx-recovery';

/**
 * Stage 2: a document's MDX body parsed into its tree, once. The same tree is
 * checked by the rules, read by the extraction, and rendered.
 *
 * A syntax error does not end the check of the file: each is reported, the
 * text is mended (a quotation mark inside an attribute's own marks, curled)
 * or the block holding the error is set aside, and the body is parsed again,
 * so every other problem of the file is reported in the same run.
 */

const mdxProcessor = createProcessor({ format: 'mdx' });

type Point = { line?: number; column?: number; offset?: number };
type MdxError = { reason?: string; message?: string; place?: Point | { start: Point } };

export interface ParsedMdx {
  /** Undefined when nothing could be parsed. */
  tree?: Root;
  diagnostics: Diagnostic[];
  /** Some of the body was set aside to parse the rest: what the tree holds is not the whole document. */
  partial: boolean;
}

/** Every block of a body can be set aside at most once; this bounds the attempts however the parser fails. */
const MAX_ATTEMPTS = 200;
/** Places the parser quotes in its reason: "(2:48-2:139)". */
const QUOTED_PLACE = /\((\d+):(\d+)-(\d+):(\d+)\)/g;

/** Where the error is in the body: the parser's place, or the first place its reason quotes. */
function errorOffset(error: MdxError, body: string): number {
  const place = error.place && 'start' in error.place ? error.place.start : error.place;
  if (place?.offset !== undefined) return place.offset;
  const quoted = new RegExp(QUOTED_PLACE.source).exec(error.reason ?? '');
  return quoted ? offsetOf(body, Number(quoted[1]), Number(quoted[2])) : 0;
}

function syntaxError(file: string, body: string, bodyLine: number, error: MdxError, offset: number): Diagnostic {
  // Places quoted inside the reason count from the body; count them from the file.
  const reason = (error.reason ?? error.message ?? String(error)).replace(
    QUOTED_PLACE,
    (_, startLine: string, startColumn: string, endLine: string, endColumn: string) =>
      `(${Number(startLine) + bodyLine - 1}:${startColumn}-${Number(endLine) + bodyLine - 1}:${endColumn})`,
  );
  const { line, column } = pointAt(body, offset);
  return diagnostic(file, { line: line + bodyLine - 1, column }, 'mdx-syntax', `MDX does not parse: ${reason}`);
}

function innerQuoteError(file: string, body: string, bodyLine: number, repair: InnerQuoteRepair): Diagnostic {
  const { line, column } = pointAt(body, repair.valueStart);
  const other = repair.mark === '"' ? "'" : '"';
  const shown = repair.value.length > 40 ? `${repair.value.slice(0, 39)}…` : repair.value;
  const fix = repair.value.includes(other)
    ? `write its quotation marks curly (${repair.mark === '"' ? '“…”' : '‘…’'})`
    : `enclose it in ${other} instead, ${repair.attribute}=${other}${shown}${other}, or write its quotation marks curly`;
  return diagnostic(file, { line: line + bodyLine - 1, column }, 'attribute-inner-quote',
    `${repair.attribute}'s value holds the ${repair.mark} that encloses it, so the value ends too soon; ${fix}`);
}

/** Parses a document's body; each syntax error is reported at its place in the whole file. */
export function parseMdx(file: string, body: string, bodyLine: number): ParsedMdx {
  const diagnostics: Diagnostic[] = [];
  let text = body;
  let partial = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      return { tree: mdxProcessor.parse(text) as Root, diagnostics, partial };
    } catch (cause) {
      const error = cause as MdxError;
      const offset = errorOffset(error, text);
      const repair = repairInnerQuote(text, offset);
      if (repair) {
        diagnostics.push(innerQuoteError(file, body, bodyLine, repair));
        text = repair.text;
        continue;
      }
      // What follows a block set aside often fails for that reason alone: the first error is the one to fix.
      if (!partial) diagnostics.push(syntaxError(file, body, bodyLine, error, offset));
      const rest = setAsideBlock(text, offset);
      if (rest === undefined) break;
      text = rest;
      partial = true;
    }
  }
  return { diagnostics, partial: true };
}
