import { createHash } from 'node:crypto';

/**
 * The one split of each extraction benchmark into a development part and a
 * check part, made once by a hash of the page's key (never by how anything
 * does on the page): rules are written by looking at development pages only;
 * check pages are only scored, and a rule is kept only if it helps them.
 */

export type Part = 'development' | 'check';

export const PARTS: readonly Part[] = ['development', 'check'];

export function partOf(key: string): Part {
  return createHash('sha256').update(`split:${key}`).digest()[0]! < 128 ? 'development' : 'check';
}
