import type { Position } from './diagnostics';
import type { SourceFrontmatter, StoryFrontmatter } from './schema';

/** One paragraph of an archived article: a non-blank line of its verbatim text. */
export interface Paragraph {
  /** 1-based, as in the anchor `#p-3`. */
  number: number;
  text: string;
  /** Line of the source file on which it stands. */
  line: number;
  /** A photo caption ("… Picture: Instagram") rather than article text. */
  isCaption: boolean;
}

export interface Source {
  id: string;
  file: string;
  meta: SourceFrontmatter;
  /** What the reader calls this source: its outlet, or an honest label when the outlet is unknown. */
  name: string;
  paragraphs: Paragraph[];
}

/** A `<Cite>` as the author wrote it. */
export interface CiteUse {
  sourceId: string;
  quote: string;
  position: Position;
  claimNumber: number;
  /** The element's own anchor: the place a back-link returns to. */
  markerId: string;
  /** An attribute was not a plain string; that is reported once, not again as a missing value. */
  malformed: boolean;
}

/** The words of the account that a run of consecutive `<Cite>`s supports. */
export interface ClaimDraft {
  number: number;
  text: string;
  citations: CiteUse[];
}

export interface FigureUse {
  alt: string;
  caption: string;
  credit: string;
  sensitive: boolean;
  position: Position;
}

export interface SensitiveUse {
  topic: string;
  /** Anchor of the point just after the passage, where "Skip" lands. */
  endId: string;
  position: Position;
}

export interface ResolvedCitation {
  markerId: string;
  claimNumber: number;
  sourceId: string;
  quote: string;
  paragraph: number;
  start: number;
  end: number;
  noteNumber: number;
}

/** Where else a cited passage occurs, found by searching every source of the story. */
export interface Occurrence {
  sourceId: string;
  paragraph: number;
  start: number;
  end: number;
}

/** One entry of the notes list: a cited passage, with a back-link for every use. */
export interface Note {
  number: number;
  id: string;
  sourceId: string;
  paragraph: number;
  start: number;
  end: number;
  /** The source's own words for the passage, verbatim. */
  passage: string;
  markerIds: string[];
  /** The same passage in other sources of the story. */
  alsoIn: Occurrence[];
}

export interface Claim {
  /** Stable across renumbering: derived from the claim's words. */
  id: string;
  number: number;
  /** The first marker of the claim. */
  anchor: string;
  text: string;
  citations: ResolvedCitation[];
  /** Every source that reports it: those cited and those containing a cited passage, in source order. */
  reportedBy: string[];
}

export interface Story {
  slug: string;
  file: string;
  meta: StoryFrontmatter;
  body: string;
  bodyLine: number;
  sources: Source[];
  claims: Claim[];
  notes: Note[];
  figures: FigureUse[];
  sensitives: SensitiveUse[];
  /**
   * The gentle, cited summary the content note offers instead (summary.mdx), when
   * the story has one: the same title, topics, support and sources, its own body,
   * claims and notes. It never has a summary of its own.
   */
  summary?: Story;
}
