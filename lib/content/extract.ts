import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { hasAttribute, isComponent, setAttribute, stringAttribute, visitCiteRuns, type JsxElement } from './elements';
import { countWords } from '../matching/words';
import { sectionSlug } from './ids';
import { ANNOTATIONS, type SectionUse, type StoryDocument } from './model';
import { visitProse } from './prose';

/**
 * Stage 4: the one walk that reads what the account says, after the rules have
 * checked it. Claims are numbered in document order (inside <Sensitive>
 * passages too); each `<Cite>` and `<Sensitive>` element is annotated with its
 * numbers, so the renderer of this very tree needs no walk of its own.
 */

/** A `<Cite>` as the author wrote it. */
export interface CiteDraft {
  element: JsxElement;
  sourceId: string;
  quote: string;
  /** An attribute was a spread or not a plain string: the rules reported it, so it is not resolved. */
  malformed: boolean;
}

/** The words of the account that a run of `<Cite>`s supports. */
export interface ClaimDraft {
  number: number;
  text: string;
  cites: CiteDraft[];
}

/** What the walk reads: the document's own parts as the model keeps them, and its claims still to be resolved (stage 5). */
export type Extracted = Pick<StoryDocument, 'figures' | 'sensitives' | 'sections' | 'words' | 'ownSentences'> & { claims: ClaimDraft[] };


function citeDraft(element: JsxElement): CiteDraft {
  const sourceId = stringAttribute(element, 'source');
  const quote = stringAttribute(element, 'quote');
  const spread = element.attributes.some((attribute) => attribute.type !== 'mdxJsxAttribute');
  return { element, sourceId: sourceId ?? '', quote: quote ?? '', malformed: spread || sourceId === null || quote === null };
}

/** A level-2 heading becomes a section: its id goes onto the heading itself, for the renderer. */
function section(heading: Heading, sections: SectionUse[]) {
  const title = toString(heading);
  const id = sectionSlug(title, new Set(sections.map((s) => s.id)));
  heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  sections.push({ id, title });
}


export function extract(tree: Root): Extracted {
  const extracted: Extracted = { claims: [], figures: [], sensitives: [], sections: [], words: 0, ownSentences: 0 };
  visitCiteRuns(tree, ({ cites, claimText }) => {
    const number = extracted.claims.length + 1;
    cites.forEach((element, index) => {
      setAttribute(element, ANNOTATIONS.claim, String(number));
      setAttribute(element, ANNOTATIONS.citation, String(index + 1));
    });
    extracted.claims.push({ number, text: claimText, cites: cites.map(citeDraft) });
  });
  visit(tree, (node) => {
    if (node.type === 'text') extracted.words += countWords(node.value);
    else if (node.type === 'heading' && node.depth === 2) section(node, extracted.sections);
    else if (isComponent(node, 'Figure')) {
      const text = (name: string) => stringAttribute(node, name) ?? '';
      extracted.figures.push({ alt: text('alt'), caption: text('caption'), credit: text('credit'), sensitive: hasAttribute(node, 'sensitive') });
    } else if (isComponent(node, 'Sensitive')) {
      const number = extracted.sensitives.length + 1;
      setAttribute(node, ANNOTATIONS.passage, String(number));
      extracted.sensitives.push({ number, topic: stringAttribute(node, 'topic') ?? '' });
    }
  });
  visitProse(tree, { own: () => void extracted.ownSentences++ });
  return extracted;
}
