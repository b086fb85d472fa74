import { buildStory, type CitationTally } from './build';
import type { Diagnostic } from './diagnostics';
import { readStoryFiles } from './files';

/**
 * What content:check keeps of one story: its problems and how many citations
 * it verified. Never the built story itself: at 1,000 stories the trees kept
 * until the end took 1.4 GB and most of the time went to the garbage
 * collector walking them.
 */
export interface StoryCheck {
  slug: string;
  diagnostics: Diagnostic[];
  citations: CitationTally;
  ownSentences: number;
}

/** Validates one story of those listed under the content root (undefined when it is not among them). */
export function checkStory(slug: string, root: string, listed?: readonly string[]): StoryCheck | undefined {
  const files = readStoryFiles(slug, root, listed);
  if (!files) return undefined;
  const { diagnostics, citations, ownSentences } = buildStory(files);
  return { slug, diagnostics, citations, ownSentences };
}
