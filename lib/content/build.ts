import { diagnostic, hasErrors, reporter, sortDiagnostics, type Diagnostic } from './diagnostics';
import type { Extracted } from './extract';
import type { ContentFile, StoryFiles } from './files';
import { FENCE, splitFrontmatter } from './frontmatter';
import { parseMdx } from './mdx';
import type { DocumentKind, Story, StoryDocument, StoryListing } from './model';
import { resolveClaims } from './claims';
import { SourceSearch } from './resolve';
import { processTree } from './processor';
import { lintStoryFrontmatter } from './rules';
import { checkFrontmatter, storyFrontmatterSchema, type StoryFrontmatter } from './schema';
import { checkSourceUse } from './source-use';
import { loadSources } from './sources';

/**
 * The content pipeline, stage by stage:
 *   0. files.ts      read the story's files from disk
 *   1. sources.ts    parse and index the archived articles
 *   2. mdx.ts        parse each document (story.mdx, summary.mdx) once
 *   3. rules/        check the tree with the content rules
 *   4. extract.ts    read claims, figures and sensitive passages; annotate the tree
 *      (3 and 4 are unified plugins, processor.ts, which the page runs too)
 *   5. resolve.ts    resolve every citation to its passage
 *   6. corroborate.ts  the same words in every other source; who reports each claim
 *      (claims.ts runs 5 and 6 for a document); source-use.ts: every source is used
 * Every stage reports problems as diagnostics with codes; none throws.
 */

/** How many `<Cite>`s the documents hold, and how many of them were resolved to their passage. */
export interface CitationTally {
  verified: number;
  total: number;
}

export interface BuildResult {
  /** Present when there are no errors (warnings allowed). */
  story?: Story;
  /** Sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Counted whether or not the story built, so a report says how far it got. */
  citations: CitationTally;
  /** Sentences of its documents marked as the account's own words. */
  ownSentences: number;
}

const FILE_START = { line: 1, column: 1 };

interface DocumentText {
  file: string;
  body: string;
  bodyLine: number;
}

/** The story file's frontmatter, checked, and where its body starts. */
function readStoryFile(story: StoryFiles['story'], diagnostics: Diagnostic[]): { meta?: StoryFrontmatter; text?: DocumentText } {
  if (story.text === undefined) {
    diagnostics.push(diagnostic(story.path, FILE_START, 'story-missing', 'the story has no story.mdx: every story folder needs its account'));
    return {};
  }
  const split = splitFrontmatter(story.path, story.text);
  diagnostics.push(...split.diagnostics);
  const checked = split.data && checkFrontmatter(storyFrontmatterSchema, story.path, split.data, split.keyPositions);
  if (checked) diagnostics.push(...checked.diagnostics);
  if (checked?.value) {
    const where = (field: string) => split.keyPositions.get(field) ?? split.keyPositions.get(field.split('.')[0]!) ?? FILE_START;
    lintStoryFrontmatter(checked.value, (field, code, message) => diagnostics.push(diagnostic(story.path, where(field), code, message)));
  }
  return { meta: checked ? checked.value : undefined, text: { file: story.path, body: split.body, bodyLine: split.bodyLine } };
}

/**
 * A story as the pages that list stories see it (model.ts StoryListing): its
 * frontmatter read and checked, nothing parsed or verified beyond it. Only for
 * content the check has passed; undefined when the frontmatter is not valid.
 */
export function readStoryListing(files: StoryFiles): StoryListing | undefined {
  const { meta } = readStoryFile(files.story, []);
  if (!meta) return undefined;
  return { slug: files.slug, meta, sources: files.sources.map(({ id }) => ({ id })), ...(files.summary ? { summary: true } : {}) };
}

/** Stages 2 to 6 for one document. */
function buildDocument(text: DocumentText, kind: DocumentKind, search: SourceSearch, diagnostics: Diagnostic[]) {
  const parsed = parseMdx(text.file, text.body, text.bodyLine);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.tree) return undefined;
  const report = reporter(text.file, text.bodyLine, diagnostics);
  let extracted: Extracted | undefined;
  processTree(parsed.tree, kind, { report, onExtracted: (found) => (extracted = found) });
  const { claims: drafts, ...found } = extracted!;
  const resolved = resolveClaims(drafts, search, report);
  const { claims, cited } = resolved;
  // With a block set aside, the document's use of sources is not known in full.
  const complete = resolved.complete && !parsed.partial;
  const document: StoryDocument = { file: text.file, kind, body: text.body, tree: parsed.tree, claims, ...found };
  const citations = { verified: claims.reduce((n, claim) => n + claim.citations.length, 0), total: drafts.reduce((n, draft) => n + draft.cites.length, 0) };
  return { document, claims, cited, complete, citations };
}

/**
 * The optional gentle summary (summary.mdx), the alternative the content note
 * offers: MDX citing with <Cite> only, no frontmatter (the story's applies),
 * checked like the story and by the summary's own rules.
 */
function buildSummary(file: ContentFile, search: SourceSearch, diagnostics: Diagnostic[]) {
  if (FENCE.test(file.text)) {
    diagnostics.push(diagnostic(file.path, FILE_START, 'summary-frontmatter', 'summary.mdx takes no frontmatter: its title, topics and support come from story.mdx'));
    return undefined;
  }
  return buildDocument({ file: file.path, body: file.text, bodyLine: 1 }, 'summary', search, diagnostics);
}

type Built = ReturnType<typeof buildDocument>;

/** What the documents that parsed hold, counted whether or not the story builds. */
function tally(...documents: Built[]): Pick<BuildResult, 'citations' | 'ownSentences'> {
  const sum = (count: (built: NonNullable<Built>) => number) => documents.reduce((n, built) => n + (built ? count(built) : 0), 0);
  return {
    citations: { verified: sum((built) => built.citations.verified), total: sum((built) => built.citations.total) },
    ownSentences: sum((built) => built.document.ownSentences),
  };
}

/** Builds one story from its files, collecting every problem. */
export function buildStory(files: StoryFiles): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const sources = loadSources(files.sources, files.savedPages);
  diagnostics.push(...sources.diagnostics);
  const search = new SourceSearch(sources);
  const { meta, text } = readStoryFile(files.story, diagnostics);
  const account = text && buildDocument(text, 'story', search, diagnostics);
  const summary = files.summary && buildSummary(files.summary, search, diagnostics);
  if (text) diagnostics.push(...checkSourceUse(sources, files.summary ? [account, summary] : [account]));
  const counts = tally(account, summary);
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(diagnostics) || !meta || !account) return { diagnostics: sorted, ...counts };
  const story: Story = { slug: files.slug, meta, sources: [...sources.byId.values()], ...account.document };
  if (summary) story.summary = summary.document;
  return { story, diagnostics: sorted, ...counts };
}
