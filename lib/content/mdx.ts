import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { diagnostic, type Diagnostic } from './diagnostics';

/**
 * Stage 2: a document's MDX body parsed into its tree, once. The same tree is
 * checked by the rules, read by the extraction, and rendered.
 */

const mdxProcessor = createProcessor({ format: 'mdx' });

type MdxError = { reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };

/** Parses a document's body; a syntax error is reported at its place in the whole file. */
export function parseMdx(file: string, body: string, bodyLine: number): { tree: Root } | { error: Diagnostic } {
  try {
    return { tree: mdxProcessor.parse(body) as Root };
  } catch (cause) {
    const error = cause as MdxError;
    const place = error.place && 'start' in error.place ? error.place.start : error.place;
    // Places quoted inside the reason ("(2:48-2:139)") count from the body; count them from the file.
    const reason = (error.reason ?? error.message ?? String(cause)).replace(
      /\((\d+):(\d+)-(\d+):(\d+)\)/g,
      (_, startLine: string, startColumn: string, endLine: string, endColumn: string) =>
        `(${Number(startLine) + bodyLine - 1}:${startColumn}-${Number(endLine) + bodyLine - 1}:${endColumn})`,
    );
    const where = { line: (place?.line ?? 1) + bodyLine - 1, column: place?.column ?? 1 };
    return { error: diagnostic(file, where, 'mdx-syntax', `MDX does not parse: ${reason}`) };
  }
}
