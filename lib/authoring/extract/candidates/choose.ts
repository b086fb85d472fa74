import { parseDocument } from 'htmlparser2';
import { readPageText, type Block } from '../blocks';
import { blockCandidate, combine, textCandidate } from './combine';
import type { LibraryReading } from './readability';

/**
 * The article's blocks from the candidates' readings: their combination
 * (combine.ts) and, when the boilerplate rules' veto leaves less than an
 * article of what the candidates agree on, the candidate that found the
 * most, as it read the page, so that no real article is refused for a rule
 * that misjudged its wrapper. Every choice that an editor should know of is
 * a note.
 */

/** Fewer words than this is no article unless the page's metadata says it is one. */
export const MIN_ARTICLE_WORDS = 50;

export interface Choice {
  kept: Block[];
  notes: string[];
}

const wordsOf = (blocks: readonly Block[]) => blocks.reduce((sum, block) => sum + block.words, 0);

function readabilityBlocks(reading: LibraryReading): { kept: Block[]; texts: string[] } | undefined {
  if (!('html' in reading)) return undefined;
  const text = readPageText(parseDocument(reading.html));
  // All its text votes, what our rules would leave out of it too: the page's own blocks have already been through them.
  const texts = [...text.blocks, ...text.dropped].sort((a, b) => a.order - b.order).map((block) => block.text);
  return { kept: text.blocks, texts };
}

export function chooseBlocks(pageBlocks: readonly Block[], byRules: readonly Block[], reading: LibraryReading): Choice {
  const readability = readabilityBlocks(reading);
  const notes = 'failure' in reading ? [`Readability.js found nothing: ${reading.failure}`] : [];
  const candidates = [blockCandidate('our rules', byRules), ...(readability ? [textCandidate('Readability.js', readability.texts)] : [])];
  const combined = combine(pageBlocks, candidates);
  if (wordsOf(combined) >= MIN_ARTICLE_WORDS) return { kept: combined, notes };
  const alone = [{ name: 'our rules', kept: [...byRules] }, ...(readability ? [{ name: 'Readability.js', kept: readability.kept }] : [])]
    .sort((a, b) => wordsOf(b.kept) - wordsOf(a.kept))[0]!;
  if (wordsOf(alone.kept) <= wordsOf(combined)) return { kept: combined, notes };
  notes.push(`the candidates agree on ${wordsOf(combined)} words only: ${alone.name}'s reading (${wordsOf(alone.kept)} words) is kept as it is`);
  return { kept: alone.kept, notes };
}
