/**
 * Limits that keep the extractor answering: a page past them is refused with a
 * message rather than parsed for minutes or overflowing the stack. Every
 * traversal of the tree is iterative as well, so the depth limit is about time
 * and memory, not recursion.
 */

export const MAX_PAGE_BYTES = 25 * 1024 * 1024;
/** Real articles nest a few dozen elements deep; thousands means a broken or hostile page. */
export const MAX_NESTING = 2000;

export class ExtractError extends Error {}

export function checkSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new ExtractError(`page is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1024 / 1024} MB are refused (save the article alone, or with "Save page as… HTML only")`);
  }
}

export function checkNesting(depth: number): void {
  if (depth > MAX_NESTING) {
    throw new ExtractError(`page nests elements ${depth} deep; more than ${MAX_NESTING} is refused as broken markup`);
  }
}
