import type { Block, DroppedBlock, Figure } from './blocks';
import { isCreditLine } from './boilerplate';

/**
 * Caption and credit lines that the rules kept out of the body ("Photo /
 * Supplied", "Picture: …", "Getty Images") belong to the image they stand
 * beside: the nearest figure before the line, or else after it, with no block
 * of text between the two. A credit line fills the figure's credit, any other
 * its caption; a line for which no figure has room stays in the report of what
 * was left out.
 */

type Item = { kind: 'block'; order: number } | { kind: 'figure'; order: number; index: number };

/** The figure standing right beside a line, by position in the page. */
function neighbour(items: readonly Item[], order: number): number | undefined {
  const at = items.findIndex((item) => item.order > order);
  const before = items[(at === -1 ? items.length : at) - 1];
  const after = at === -1 ? undefined : items[at];
  if (before?.kind === 'figure') return before.index;
  return after?.kind === 'figure' ? after.index : undefined;
}

export function attachCaptionLines(figures: readonly Figure[], blocks: readonly Block[], dropped: readonly DroppedBlock[]): { figures: Figure[]; attached: Set<DroppedBlock> } {
  const result = figures.map((figure) => ({ ...figure }));
  const items: Item[] = [
    ...blocks.map((block): Item => ({ kind: 'block', order: block.order })),
    ...figures.map((figure, index): Item => ({ kind: 'figure', order: figure.order, index })),
  ].sort((a, b) => a.order - b.order);
  const attached = new Set<DroppedBlock>();
  for (const line of dropped) {
    if (line.why !== 'caption') continue;
    const index = neighbour(items, line.order);
    const figure = index === undefined ? undefined : result[index];
    if (!figure || figure.caption === line.text || figure.credit === line.text) continue;
    const field = isCreditLine(line.text) ? 'credit' : 'caption';
    if (figure[field] !== null) continue;
    figure[field] = line.text;
    attached.add(line);
  }
  return { figures: result, attached };
}
