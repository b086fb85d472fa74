import type { Nodes, Paragraph, Parents, Root } from 'mdast';
import type { Node, Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { sentencesOf } from '../matching/sentences';
import { isComponent } from './elements';

/**
 * The account's prose, sentence by sentence, as the reader's contract has it:
 * every sentence is a claim, followed in its paragraph by the `<Cite>`s that
 * support it, or the account's own words, marked `<Own>…</Own>` (around a
 * sentence, or around whole paragraphs). A claim may run over several
 * sentences: its Cites support all the words since the previous claim.
 *
 * Headings are signposts, not statements, and are not sentences here; a
 * figure's alt text and caption and a sensitive passage's topic are
 * attributes, checked by their own rules. A `<time>` is part of its sentence.
 */

/** A sentence of the account, placed where it starts in the file's body. */
export interface ProseSentence {
  text: string;
  /** A node whose position is the sentence's first character, to report at. */
  at: Node;
}

export interface ProseSink {
  /** A sentence no Cite follows in its paragraph and no `<Own>` marks. */
  uncited?: (sentence: ProseSentence) => void;
  /** A sentence marked as the account's own words. */
  own?: (sentence: ProseSentence) => void;
}

/** A text leaf of a stretch of prose and where its value starts in the joined text. */
interface Piece {
  node: Nodes & { value: string };
  from: number;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Where character `index` of a text node's value stands in the file. A line
 * after the node's first starts at the indentation the parser took off it
 * (a list item's continuation), found from where the node ends.
 */
function pointIn(node: Piece['node'], index: number): Point {
  const start = node.position!.start;
  const before = node.value.slice(0, index);
  const newlines = before.split('\n').length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + index };
  const lastLine = node.value.length - node.value.lastIndexOf('\n') - 1;
  const indent = node.position!.end.column - 1 - lastLine;
  return { line: start.line + newlines, column: 1 + indent + before.length - before.lastIndexOf('\n') - 1 };
}

/** The text leaves of a stretch of prose, joined, with where each starts; an `<Own>` inside is left to its own walk. */
function joinPieces(nodes: readonly Nodes[]): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  let text = '';
  const collect = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      if (node.position) pieces.push({ node, from: text.length });
      text += node.value;
    } else if ('children' in node && !isComponent(node, 'Own') && !isComponent(node, 'Cite')) node.children.forEach((child) => collect(child as Nodes));
  };
  nodes.forEach(collect);
  return { text, pieces };
}

function sentencesOfStretch(nodes: readonly Nodes[], language: string): ProseSentence[] {
  const { text, pieces } = joinPieces(nodes);
  return sentencesOf(text, language)
    .filter((sentence) => HAS_WORD.test(sentence.text))
    .map((sentence) => {
      const piece = [...pieces].reverse().find((candidate) => candidate.from <= sentence.start) ?? pieces[0]!;
      const start = pointIn(piece.node, sentence.start - piece.from);
      return { text: sentence.text, at: { type: 'sentence', position: { start, end: start } } };
    });
}

/** A paragraph's inline `<Own>`s, its claims (each stretch a Cite run follows) and what is left after its last claim. */
function paragraphSentences(paragraph: Paragraph, insideOwn: boolean, sink: ProseSink, language: string) {
  visit(paragraph, (node) => {
    if (!isComponent(node as Nodes, 'Own')) return undefined;
    sentencesOfStretch((node as Parents).children as Nodes[], language).forEach((sentence) => sink.own?.(sentence));
    return SKIP;
  });
  let stretch: Nodes[] = [];
  for (const child of paragraph.children as Nodes[]) {
    if (isComponent(child, 'Cite')) stretch = [];
    else stretch.push(child);
  }
  sentencesOfStretch(stretch, language).forEach((sentence) => (insideOwn ? sink.own : sink.uncited)?.(sentence));
}

/** Calls the sink for every sentence of the document that is not part of a claim, in document order. */
export function visitProse(tree: Root, sink: ProseSink, language = 'en') {
  const walk = (node: Parents, insideOwn: boolean) => {
    if (node.type === 'heading') return;
    if (node.type === 'paragraph') return paragraphSentences(node, insideOwn, sink, language);
    for (const child of node.children as Nodes[]) if ('children' in child) walk(child, insideOwn || isComponent(child, 'Own'));
  };
  walk(tree, false);
}
