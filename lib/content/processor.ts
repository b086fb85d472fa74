import type { Root } from 'mdast';
import { unified, type PluggableList } from 'unified';
import type { Report } from './diagnostics';
import { extract, type Extracted } from './extract';
import type { DocumentKind, StoryDocument } from './model';
import { lint, STORY_RULES, SUMMARY_RULES, type Rule } from './rules';

/**
 * Stages 3 and 4 of the pipeline (the content rules, then the one walk that
 * reads and annotates the account) as unified plugins, defined once: the
 * check runs them on the tree it parsed (build.ts), and the page runs the very
 * same list inside next-mdx-remote's compile (components/StoryBody.tsx). What
 * is checked is what is rendered, annotations included.
 */

/** The rules each kind of document is held to. */
export const DOCUMENT_RULES: Readonly<Record<DocumentKind, readonly Rule[]>> = { story: STORY_RULES, summary: SUMMARY_RULES };

/** Where the plugins hand what they find: the rules' problems, and what the walk read. */
export interface DocumentSinks {
  report: Report;
  onExtracted: (extracted: Extracted) => void;
}

// Transformers return nothing: unified would take a returned value for a new tree.
function remarkReaderRules({ kind, report }: { kind: DocumentKind; report: Report }) {
  return (tree: Root): void => {
    lint(tree, DOCUMENT_RULES[kind], report);
  };
}

function remarkReaderExtract({ onExtracted }: Pick<DocumentSinks, 'onExtracted'>) {
  return (tree: Root): void => {
    onExtracted(extract(tree));
  };
}

/** The plugins of a document of this kind, in order: the rules, then the extraction. */
export function documentPlugins(kind: DocumentKind, sinks: DocumentSinks): PluggableList {
  return [
    [remarkReaderRules, { kind, report: sinks.report }],
    [remarkReaderExtract, { onExtracted: sinks.onExtracted }],
  ];
}

/** Runs the plugins over a tree already parsed (the check parses on its own, to report a syntax error at its place). */
export function processTree(tree: Root, kind: DocumentKind, sinks: DocumentSinks) {
  unified().use(documentPlugins(kind, sinks)).runSync(tree);
}

/**
 * The plugins for the page's compile of a document the check passed, and a
 * check that the compile agreed: content the check refused never reaches a
 * page, so a rule that reports there, or a walk that counts other claims,
 * means the two have drifted, and `verify` throws (the build stops).
 */
export function renderPlugins(document: StoryDocument): { plugins: PluggableList; verify: () => void } {
  const problems: string[] = [];
  let claims: number | undefined;
  const plugins = documentPlugins(document.kind, {
    report: (_node, code, _message, severity = 'error') => void (severity === 'error' && problems.push(code)),
    onExtracted: (found) => void (claims = found.claims.length),
  });
  const verify = () => {
    if (problems.length === 0 && claims === document.claims.length) return;
    throw new Error(`${document.file}: the page's compile disagrees with the check (${problems.join(', ') || `${claims} claims, not ${document.claims.length}`})`);
  };
  return { plugins, verify };
}
