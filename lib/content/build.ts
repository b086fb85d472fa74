import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { closestPassage } from '../matching/closest-passage';
import { hasErrors, suggestion, type Diagnostic } from './diagnostics';
import { splitFrontmatter } from './frontmatter';
import { medicalDetailIn } from './rules/medical-words';
import type { Claim, ClaimDraft, Note, Occurrence, ResolvedCitation, Source, Story } from './model';
import { checkFrontmatter, storyFrontmatterSchema } from './schema';
import { PassageIndex } from '../matching/passage-index';
import { parseSource } from './source';
import { parseStoryBody, walkStoryTree } from './story-tree';
import { findAll, fold, foldTypography, type FoldedText, type TextRange } from '../matching/fold';

export interface ContentFile {
  /** Path as shown to authors, relative to the project root. */
  path: string;
  text: string;
}

export interface StoryFiles {
  slug: string;
  story: ContentFile;
  /** The optional gentle summary, summary.mdx. */
  summary?: ContentFile | undefined;
  /** Source files with the id each one's file name gives. */
  sources: (ContentFile & { id: string })[];
}

export interface BuildResult {
  /** Present when there are no errors (warnings allowed). */
  story?: Story;
  diagnostics: Diagnostic[];
}

interface IndexedSource {
  source: Source;
  paragraphs: { paragraph: Source['paragraphs'][number]; folded: FoldedText }[];
}

/** Where a folded quote occurs in one source, paragraph by paragraph. */
function occurrencesIn(indexed: IndexedSource, foldedQuote: string): (TextRange & { paragraph: number })[] {
  return indexed.paragraphs.flatMap(({ paragraph, folded }) =>
    findAll(folded, foldedQuote).map((range) => ({ ...range, paragraph: paragraph.number })),
  );
}

/** A short, stable, dependency-free hash (FNV-1a) so claim ids survive renumbering. */
function stableId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const ellipsize = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Builds one story from its files: parses and validates everything, resolves
 * every citation to a paragraph and character range, numbers the notes by
 * first appearance and computes corroboration. Collects every problem.
 */
export function buildStory(files: StoryFiles): BuildResult {
  const diagnostics: Diagnostic[] = [];

  const sourcesById = new Map<string, IndexedSource>();
  // Sources whose own file is invalid: citing them is not a second error.
  const invalidSourceIds = new Set<string>();
  const idsWithoutCase = new Map<string, string>();
  for (const file of files.sources) {
    const { source, diagnostics: problems } = parseSource(file.id, file.path, file.text);
    diagnostics.push(...problems);
    if (!source) {
      invalidSourceIds.add(file.id);
      continue;
    }
    const clash = idsWithoutCase.get(source.id.toLowerCase());
    if (clash !== undefined) {
      diagnostics.push({
        file: file.path, line: 1, column: 1, severity: 'error',
        message: `duplicate source id "${source.id}": ${sourcesById.get(clash)!.source.file} already uses it (ids are compared without case, as URLs and some file systems do)`,
      });
      continue;
    }
    idsWithoutCase.set(source.id.toLowerCase(), source.id);
    sourcesById.set(source.id, {
      source,
      paragraphs: source.paragraphs.map((paragraph) => ({ paragraph, folded: foldTypography(paragraph.text) })),
    });
  }

  const storyPath = files.story.path;
  const split = splitFrontmatter(storyPath, files.story.text);
  diagnostics.push(...split.diagnostics);
  const meta = split.data
    ? (() => {
        const checked = checkFrontmatter(storyFrontmatterSchema, storyPath, split.data, split.keyPositions);
        diagnostics.push(...checked.diagnostics);
        return checked.value;
      })()
    : undefined;

  const parsed = parseStoryBody(storyPath, split.body, split.bodyLine);
  if ('error' in parsed) {
    diagnostics.push(parsed.error);
    return { diagnostics };
  }
  const walk = walkStoryTree(parsed.tree, storyPath, split.bodyLine);
  diagnostics.push(...walk.diagnostics);

  const knownIds = [...sourcesById.keys()];
  const sourceOrder = new Map(knownIds.map((id, index) => [id, index]));
  // Corroboration looks a quote up in this index rather than reading every source for every quote.
  const passages = new PassageIndex([...sourcesById.values()].map(({ source, paragraphs }) => ({ id: source.id, paragraphs })));

  /** Resolves every claim of one document (the story, or its summary) against the sources. */
  const resolveClaims = (drafts: ClaimDraft[], file: string) => {
    const notesByKey = new Map<string, Note>();
    const citedSourceIds = new Set<string>();
    const claims: Claim[] = [];

    for (const draft of drafts) {
      const citations: ResolvedCitation[] = [];
      const reporters = new Set<string>();
      for (const use of draft.citations) {
        if (use.malformed) continue;
        const where = { file, ...use.position };
        if (use.sourceId === '') {
          diagnostics.push({ ...where, severity: 'error', message: `<Cite> needs a source; ${suggestion('', knownIds, 'source id')}` });
          continue;
        }
        if (invalidSourceIds.has(use.sourceId)) continue;
        const indexed = sourcesById.get(use.sourceId);
        if (!indexed) {
          diagnostics.push({ ...where, severity: 'error', message: `unknown source "${use.sourceId}"; ${suggestion(use.sourceId, knownIds, 'source id')}` });
          continue;
        }
        citedSourceIds.add(use.sourceId);
        const foldedQuote = fold(use.quote);
        if (foldedQuote === '') {
          diagnostics.push({ ...where, severity: 'error', message: `empty quote: <Cite source="${use.sourceId}"> must quote the exact words it relies on (quote="…")` });
          continue;
        }
        const found = occurrencesIn(indexed, foldedQuote);
        const first = found[0];
        if (!first) {
          const near = closestPassage(foldedQuote, indexed.paragraphs);
          const hint = near ? `; closest passage (paragraph ${near.paragraph}): "${ellipsize(near.passage)}"` : '';
          diagnostics.push({ ...where, severity: 'error', message: `quote not found in ${use.sourceId}${hint}` });
          continue;
        }
        if (found.length > 1) {
          const places = found.map((f) => `paragraph ${f.paragraph} at ${f.start + 1}`).join(', ');
          diagnostics.push({
            ...where, severity: 'warning',
            message: `quote matches ${found.length} places in ${use.sourceId} (${places}); the first is used — quote more words to choose another`,
          });
        }
        const key = `${use.sourceId}:${first.paragraph}:${first.start}:${first.end}`;
        let note = notesByKey.get(key);
        if (!note) {
          const alsoIn: Occurrence[] = passages.firstInEachSource(foldedQuote, use.sourceId);
          const paragraphText = indexed.source.paragraphs[first.paragraph - 1]!.text;
          note = {
            number: notesByKey.size + 1,
            id: `note-${notesByKey.size + 1}`,
            sourceId: use.sourceId,
            paragraph: first.paragraph,
            start: first.start,
            end: first.end,
            passage: paragraphText.slice(first.start, first.end),
            markerIds: [],
            alsoIn,
          };
          notesByKey.set(key, note);
        }
        note.markerIds.push(use.markerId);
        reporters.add(use.sourceId);
        for (const occurrence of note.alsoIn) reporters.add(occurrence.sourceId);
        citations.push({
          markerId: use.markerId,
          claimNumber: draft.number,
          sourceId: use.sourceId,
          quote: use.quote,
          paragraph: first.paragraph,
          start: first.start,
          end: first.end,
          noteNumber: note.number,
        });
      }
      claims.push({
        id: `claim-${stableId(fold(draft.text))}`,
        number: draft.number,
        anchor: draft.citations[0]?.markerId ?? `cite-${draft.number}-1`,
        text: draft.text,
        citations,
        reportedBy: [...reporters].sort((a, b) => sourceOrder.get(a)! - sourceOrder.get(b)!),
      });
    }
    disambiguateIds(claims);
    return { claims, notes: [...notesByKey.values()], citedSourceIds };
  };

  const { claims, notes, citedSourceIds } = resolveClaims(walk.claims, storyPath);

  for (const { source } of sourcesById.values()) {
    if (!citedSourceIds.has(source.id)) {
      diagnostics.push({ file: source.file, line: 1, column: 1, severity: 'warning', message: `source "${source.id}" is never cited in ${storyPath}` });
    }
  }

  /**
   * The optional gentle summary (summary.mdx), the alternative the content note
   * offers: MDX citing with <Cite> only, no frontmatter (the story's applies),
   * checked like the story and held to its promise of no medical detail, in its
   * own words or in the passages its notes quote.
   */
  const buildSummary = (file: ContentFile) => {
    if (/^---[ \t]*\r?\n/.test(file.text)) {
      diagnostics.push({ file: file.path, line: 1, column: 1, severity: 'error', message: 'summary.mdx takes no frontmatter: its title, topics and support come from story.mdx' });
      return undefined;
    }
    const parsedSummary = parseStoryBody(file.path, file.text, 1);
    if ('error' in parsedSummary) {
      diagnostics.push(parsedSummary.error);
      return undefined;
    }
    const summaryWalk = walkStoryTree(parsedSummary.tree, file.path, 1);
    diagnostics.push(...summaryWalk.diagnostics);
    const misplaced = [
      ...summaryWalk.figures.map((use) => ({ name: '<Figure>', position: use.position })),
      ...summaryWalk.sensitives.map((use) => ({ name: '<Sensitive>', position: use.position })),
    ];
    for (const { name, position } of misplaced) {
      diagnostics.push({
        file: file.path, ...position, severity: 'error',
        message: `${name} does not belong in summary.mdx: the summary is the gentle alternative to the story, so it leaves out the photographs and the passages that need their own note`,
      });
    }
    const named = (words: string[]) => words.map((word) => `"${word}"`).join(', ');
    visit(parsedSummary.tree, 'text', (node: Text) => {
      const found = medicalDetailIn(node.value);
      if (found.length === 0) return;
      diagnostics.push({
        file: file.path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, severity: 'error',
        message: `the summary must carry no medical detail, but it says ${named(found)}; leave that to the story, where it has its own note`,
      });
    });
    for (const use of summaryWalk.claims.flatMap((claim) => claim.citations)) {
      const found = medicalDetailIn(use.quote);
      if (found.length === 0) continue;
      diagnostics.push({
        file: file.path, ...use.position, severity: 'error',
        message: `the summary's notes would quote medical detail (${named(found)}); cite a passage without it`,
      });
    }
    const resolved = resolveClaims(summaryWalk.claims, file.path);
    return { file: file.path, body: file.text, claims: resolved.claims, notes: resolved.notes };
  };
  const summary = files.summary ? buildSummary(files.summary) : undefined;

  if (hasErrors(diagnostics) || !meta) return { diagnostics };
  const story: Story = {
    slug: files.slug,
    file: storyPath,
    meta,
    body: split.body,
    bodyLine: split.bodyLine,
    sources: [...sourcesById.values()].map((indexed) => indexed.source),
    claims,
    notes,
    figures: walk.figures,
    sensitives: walk.sensitives,
  };
  // Shaped as a story (same title, topics, support and sources) so whatever renders a story renders it.
  if (summary) story.summary = { ...story, ...summary, bodyLine: 1, figures: [], sensitives: [] };
  return { diagnostics, story };
}

/** Two claims with the same words (rare, but possible) must still have distinct ids. */
function disambiguateIds(claims: Claim[]) {
  const seen = new Map<string, number>();
  for (const claim of claims) {
    const count = (seen.get(claim.id) ?? 0) + 1;
    seen.set(claim.id, count);
    if (count > 1) claim.id = `${claim.id}-${count}`;
  }
}
