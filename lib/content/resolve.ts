import { closestPassage } from '../matching/closest-passage';
import { findAll, fold, foldTypography, type FoldedText } from '../matching/fold';
import { PassageIndex } from '../matching/passage-index';
import { wordDifferences, type WordDifference } from '../matching/word-diff';
import { suggestion, type Report } from './diagnostics';
import { attributeValueAt } from './elements';
import type { CiteDraft } from './extract';
import type { Paragraph, Passage, Source } from './model';
import type { LoadedSources } from './sources';

/**
 * Stage 5: each `<Cite>` resolved to the passage of its source that it quotes,
 * forgiving typography only, with a diagnostic for every citation that cannot
 * be resolved (and the closest passage, where one exists).
 */

interface SearchableSource {
  source: Source;
  paragraphs: { paragraph: Paragraph; folded: FoldedText }[];
}

/** The story's sources folded once, for the citation check and for corroboration. */
export class SourceSearch {
  private readonly searchable = new Map<string, SearchableSource>();
  /** Where a passage also occurs across every source, without reading them all for every quote. */
  readonly passages: PassageIndex;
  /** Each source's place in the story's order, for sorting what reports a claim. */
  readonly order: ReadonlyMap<string, number>;

  constructor(readonly loaded: LoadedSources) {
    for (const source of loaded.byId.values()) {
      this.searchable.set(source.id, {
        source,
        paragraphs: source.paragraphs.map((paragraph) => ({ paragraph, folded: foldTypography(paragraph.text) })),
      });
    }
    this.passages = new PassageIndex([...this.searchable.values()].map(({ source, paragraphs }) => ({ id: source.id, paragraphs })));
    this.order = new Map(this.ids.map((id, index) => [id, index]));
  }

  get ids(): string[] {
    return [...this.searchable.keys()];
  }

  get(id: string): SearchableSource | undefined {
    return this.searchable.get(id);
  }
}

const ellipsize = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function occurrences(searchable: SearchableSource, foldedQuote: string): Passage[] {
  return searchable.paragraphs.flatMap(({ paragraph, folded }) =>
    findAll(folded, foldedQuote).map((range) => ({ sourceId: searchable.source.id, paragraph: paragraph.number, ...range })),
  );
}

/** `written "mum", the article says "mom"`, place by place. */
const describeDifferences = (differences: readonly WordDifference[]) =>
  differences.map(({ written, article }) => `written "${written}", the article says "${article}"`).join('; ');

function reportNotFound(cite: CiteDraft, searchable: SearchableSource, foldedQuote: string, report: Report) {
  const near = closestPassage(foldedQuote, searchable.paragraphs);
  const differences = near && wordDifferences(cite.quote, near.passage);
  const where = near && `paragraph ${near.paragraph}`;
  const places = differences ? `; it differs from ${where} in ${differences.length === 1 ? 'one place' : `${differences.length} places`}: ${describeDifferences(differences)}` : '';
  const hint = near ? `; closest passage${differences ? '' : ` (${where})`}: "${ellipsize(near.passage)}"` : '';
  report(attributeValueAt(cite.element, 'quote'), 'quote-not-found', `quote not found in ${cite.sourceId}${places}${hint}`);
}

function reportAmbiguous(cite: CiteDraft, found: Passage[], report: Report) {
  const places = found.map((f) => `paragraph ${f.paragraph} at ${f.start + 1}`).join(', ');
  report(attributeValueAt(cite.element, 'quote'), 'quote-ambiguous',
    `quote matches ${found.length} places in ${cite.sourceId} (${places}); the first is used — quote more words to choose another`, 'warning');
}

/** What to do about a source id that is missing or unknown: the id meant, or, before any article is archived, how to archive one. */
const knownSources = (wanted: string, search: SourceSearch) =>
  search.ids.length > 0 ? suggestion(wanted, search.ids, 'source id') : 'the story has no sources yet: archive its articles with npm run content:import';

/** The passage a `<Cite>` quotes, or undefined (reported) when there is none. The first place wins. */
export function resolveCite(cite: CiteDraft, search: SourceSearch, report: Report): Passage | undefined {
  if (cite.malformed || search.loaded.invalid.has(cite.sourceId)) return undefined;
  if (cite.sourceId === '') {
    report(cite.element, 'cite-source-missing', `<Cite> needs a source; ${knownSources('', search)}`);
    return undefined;
  }
  const searchable = search.get(cite.sourceId);
  if (!searchable) {
    report(attributeValueAt(cite.element, 'source'), 'source-unknown', `unknown source "${cite.sourceId}"; ${knownSources(cite.sourceId, search)}`);
    return undefined;
  }
  const foldedQuote = fold(cite.quote);
  if (foldedQuote === '') {
    report(attributeValueAt(cite.element, 'quote'), 'quote-empty', `empty quote: <Cite source="${cite.sourceId}"> must quote the exact words it relies on (quote="…")`);
    return undefined;
  }
  const found = occurrences(searchable, foldedQuote);
  if (found.length === 0) reportNotFound(cite, searchable, foldedQuote, report);
  else if (found.length > 1) reportAmbiguous(cite, found, report);
  return found[0];
}
