import type { Root } from 'mdast';
import { unified, type PluggableList } from 'unified';
import type { Report } from './diagnostics';
import { extract, type Extracted } from './extract';
import { lint, STORY_RULES, SUMMARY_RULES } from './rules';

/**
 * Stages 3 and 4 of the pipeline (the content rules, then the one walk that
 * reads and annotates the account) as unified plugins, defined once: the
 * check runs them on the tree it parsed (build.ts), and the page runs the very
 * same list inside next-mdx-remote's compile (components/StoryBody.tsx). What
 * is checked is what is rendered, annotations included.
 */

/** The rules each kind of document is held to. */
export const DOCUMENT_RULES = { story: STORY_RULES, summary: SUMMARY_RULES } as const;
export type DocumentKind = keyof typeof DOCUMENT_RULES;

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
