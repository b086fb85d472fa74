import type { Root } from 'mdast';
import type { Passage } from '../matching/passage';
import type { SourceFrontmatter, StoryFrontmatter } from './schema';

/**
 * What the content pipeline produces, in one place. Every fact is stored once:
 * a claim's citations and who reports it live on the claim; anchors, labels and
 * addresses are derived by lib/view from the numbers kept here.
 */

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

// A place in a source's text is matching's notion; the model uses it as it is.
export type { Passage } from '../matching/passage';

/** A `<Cite>` resolved to the passage of its source that it quotes. */
export interface Citation extends Passage {
  /** 1-based position of the `<Cite>` in its claim's run. */
  index: number;
  /** The quote as the author wrote it. */
  quote: string;
  /** The same words in the story's other sources: the first place in each, in source order. */
  alsoIn: Passage[];
}

/** Where a source reports a claim: the first paragraph holding a cited passage. */
export interface Report {
  sourceId: string;
  paragraph: number;
}

export interface Claim {
  /** Stable across renumbering: derived from the claim's words. */
  id: string;
  /** 1-based, in document order. */
  number: number;
  text: string;
  citations: Citation[];
  /** Every source that reports it (cited, or containing a cited passage), in source order. */
  reports: Report[];
}

export interface FigureUse {
  alt: string;
  caption: string;
  credit: string;
  sensitive: boolean;
}

/** A passage that carries its own short note and can be skipped. */
export interface SensitiveUse {
  /** 1-based, in document order. */
  number: number;
  topic: string;
}

/** A section of a document: a level-2 heading, with the id its heading carries. */
export interface SectionUse {
  /** Stable while the heading's words stay the same: derived from them. */
  id: string;
  title: string;
}

/**
 * The attributes the walk writes onto the tree's elements and the page reads:
 * a Cite's claim and its place in the claim's run, a Sensitive passage's number.
 */
export const ANNOTATIONS = { claim: 'data-claim', citation: 'data-citation', passage: 'data-passage' } as const;

/** The kinds of document a story has: its account, and its gentle summary; each is held to rules of its own (lib/content/processor.ts). */
export type DocumentKind = 'story' | 'summary';

/** A document of the story (the account, or its gentle summary), parsed once and annotated for rendering. */
export interface StoryDocument {
  file: string;
  /** Which rules it was held to (lib/content/processor.ts); the page runs the same plugins. */
  kind: DocumentKind;
  /** Its MDX text after the frontmatter: what the page compiles, through those plugins. */
  body: string;
  /** The MDX tree the pipeline validated; each `<Cite>` and `<Sensitive>` carries its numbers. */
  tree: Root;
  /** In document order; each claim is one marker in the text and one note in the notes list. */
  claims: Claim[];
  figures: FigureUse[];
  sensitives: SensitiveUse[];
  /** In document order; each heading in the tree carries its id. */
  sections: SectionUse[];
  /** The words of the document's own text (headings and prose; no notes, no markers), for its reading time. */
  words: number;
  /** Sentences marked as the account's own words (`<Own>`), which cite nothing; content:check prints how many. */
  ownSentences: number;
}

/**
 * What a page that lists stories needs of each: its frontmatter, its sources'
 * ids and whether it has a summary. Read from the files alone, so a page of a
 * thousand stories never builds them (lib/content/store.ts); a Story is one.
 */
export interface StoryListing {
  slug: string;
  meta: StoryFrontmatter;
  sources: readonly Pick<Source, 'id'>[];
  summary?: unknown;
}

export interface Story extends StoryDocument {
  slug: string;
  meta: StoryFrontmatter;
  sources: Source[];
  /** The gentle, cited summary the content note offers instead (summary.mdx), when the story has one. */
  summary?: StoryDocument;
}
