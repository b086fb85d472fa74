import type { Block } from '../blocks';
import { tokenLine } from '../score';

/**
 * Which of the page's blocks are the article, chosen by agreement between
 * candidates that read the page independently: our rules (score.ts, with the
 * page's JSON-LD articleBody as their second opinion) and Mozilla Readability.
 * Only blocks that survived the boilerplate rules (blocks.ts) are put to the
 * vote, so those rules veto what any candidate keeps. A block is kept when
 * every candidate keeps it (two at most need to agree), or when one does and
 * it reads as a paragraph: long, few links. Short blocks that one candidate
 * alone keeps are mostly labels and prompts at the article's edges; long
 * ones are mostly a lead or a section that the other cut.
 */

/** A candidate's answer, asked block by block. */
export interface Candidate {
  name: string;
  keeps: (block: Block) => boolean;
}

/** Words and link density from which one candidate's word is enough. */
const PARAGRAPH_WORDS = 15;
const PARAGRAPH_LINK_DENSITY = 0.3;
/** Candidates that must agree on a block that is not a paragraph (all of them, when fewer answered). */
const AGREEMENT = 2;

export function blockCandidate(name: string, kept: readonly Block[]): Candidate {
  const keptSet = new Set(kept);
  return { name, keeps: (block) => keptSet.has(block) };
}

/** Below this many words a block's words standing somewhere in a text say nothing ("1", "More"): it must be one of the text's blocks. */
const WHOLE_BLOCK_WORDS = 4;

/** A candidate known by its text alone: a block is kept when its words stand, in order, in that text. */
export function textCandidate(name: string, texts: readonly string[]): Candidate {
  // Joined with a line break, so that one block's last word and the next one's first never run together.
  const line = tokenLine(texts.join('\n'));
  const wholeBlocks = new Set(texts.map(tokenLine));
  return {
    name,
    keeps: (block) => (block.words < WHOLE_BLOCK_WORDS ? wholeBlocks.has(tokenLine(block.text)) : line.includes(tokenLine(block.text))),
  };
}

const isParagraph = (block: Block) => block.words >= PARAGRAPH_WORDS && block.linkDensity < PARAGRAPH_LINK_DENSITY;

export function combine(blocks: readonly Block[], candidates: readonly Candidate[]): Block[] {
  const needed = Math.min(AGREEMENT, candidates.length);
  return blocks.filter((block) => {
    const votes = candidates.filter((candidate) => candidate.keeps(block)).length;
    return votes >= needed || (votes >= 1 && isParagraph(block));
  });
}
