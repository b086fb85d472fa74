import { parseDocument } from 'htmlparser2';
import { readPageText, type Block } from '../blocks';
import { isParagraphLike } from '../score';
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

/**
 * The share of the page's paragraph text (score.ts's measure) that our rules'
 * reading must hold for a second candidate to be not worth asking. Chosen on
 * the development parts as the lowest share at which skipping Readability
 * cost their F nothing; about half of their pages reach it. On the check
 * parts it cost the multilingual F 0.003, so the import does not skip
 * (index.ts, CandidateOptions; bench/README.md).
 */
export const SUFFICIENT_PARAGRAPH_SHARE = 0.95;

/** Whether our rules' reading holds so nearly all of the page's paragraph text that a second candidate could change little. */
export function rulesSuffice(pageBlocks: readonly Block[], byRules: readonly Block[]): boolean {
  const chosen = new Set(byRules);
  let all = 0;
  let inChosen = 0;
  for (const block of pageBlocks) {
    if (!isParagraphLike(block)) continue;
    all += block.text.length;
    if (chosen.has(block)) inChosen += block.text.length;
  }
  return all > 0 && inChosen >= SUFFICIENT_PARAGRAPH_SHARE * all;
}

function readabilityBlocks(reading: LibraryReading): { kept: Block[]; texts: string[] } | undefined {
  if (!('html' in reading)) return undefined;
  const text = readPageText(parseDocument(reading.html));
  // All its text votes, what our rules would leave out of it too: the page's own blocks have already been through them.
  const texts = [...text.blocks, ...text.dropped].sort((a, b) => a.order - b.order).map((block) => block.text);
  return { kept: text.blocks, texts };
}

/** `reading` is undefined when Readability was not asked (rulesSuffice, when the caller skips it). */
export function chooseBlocks(pageBlocks: readonly Block[], byRules: readonly Block[], reading?: LibraryReading): Choice {
  const readability = reading && readabilityBlocks(reading);
  const notes = reading && 'failure' in reading ? [`Readability.js found nothing: ${reading.failure}`] : [];
  const candidates = [blockCandidate('our rules', byRules), ...(readability ? [textCandidate('Readability.js', readability.texts)] : [])];
  const combined = combine(pageBlocks, candidates);
  if (wordsOf(combined) >= MIN_ARTICLE_WORDS) return { kept: combined, notes };
  const alone = [{ name: 'our rules', kept: [...byRules] }, ...(readability ? [{ name: 'Readability.js', kept: readability.kept }] : [])]
    .sort((a, b) => wordsOf(b.kept) - wordsOf(a.kept))[0]!;
  if (wordsOf(alone.kept) <= wordsOf(combined)) return { kept: combined, notes };
  notes.push(`the candidates agree on ${wordsOf(combined)} words only: ${alone.name}'s reading (${wordsOf(alone.kept)} words) is kept as it is`);
  return { kept: alone.kept, notes };
}
