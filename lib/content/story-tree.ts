import { createProcessor } from '@mdx-js/mdx';
import type { Nodes, Parents, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { suggestion, type Diagnostic, type Position } from './diagnostics';
import type { ClaimDraft, CiteUse, FigureUse, SensitiveUse } from './model';
import { lintAltText } from './rules/alt-text';

/**
 * Reads the account's MDX tree once, in document order, and extracts what the
 * pipeline needs: claims with their citations, figures and sensitive passages.
 * Validation and rendering both call this, so a marker's number and anchor
 * are the same in the notes, the page and citations.json.
 */

export const STORY_COMPONENTS = ['Cite', 'Figure', 'Sensitive'] as const;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface StoryWalk {
  claims: ClaimDraft[];
  figures: FigureUse[];
  sensitives: SensitiveUse[];
  /** Each Cite element with the anchor it was given, for the renderer to attach. */
  citeElements: { element: JsxElement; markerId: string }[];
  sensitiveElements: { element: JsxElement; endId: string }[];
  diagnostics: Diagnostic[];
}

export type ParsedBody = { tree: Root } | { error: Diagnostic };

const mdxProcessor = createProcessor({ format: 'mdx' });

/** Parses the account's body; a syntax error is reported at its place in the whole file. */
export function parseStoryBody(file: string, body: string, bodyLine: number): ParsedBody {
  try {
    return { tree: mdxProcessor.parse(body) as Root };
  } catch (cause) {
    const message = cause as { reason?: string; message?: string; place?: { line?: number; column?: number; start?: { line: number; column: number } } };
    const place = message.place && 'start' in message.place ? message.place.start : message.place;
    // Places quoted inside the reason ("(2:48-2:139)") count from the body; count them from the file.
    const reason = (message.reason ?? message.message ?? String(cause)).replace(
      /\((\d+):(\d+)-(\d+):(\d+)\)/g,
      (_, startLine: string, startColumn: string, endLine: string, endColumn: string) =>
        `(${Number(startLine) + bodyLine - 1}:${startColumn}-${Number(endLine) + bodyLine - 1}:${endColumn})`,
    );
    return {
      error: {
        file,
        line: (place?.line ?? 1) + bodyLine - 1,
        column: place?.column ?? 1,
        severity: 'error',
        message: `MDX does not parse: ${reason}`,
      },
    };
  }
}

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const isBlankText = (node: Nodes) => node.type === 'text' && node.value.trim() === '';

export function walkStoryTree(tree: Root, file: string, bodyLine: number): StoryWalk {
  const walk: StoryWalk = { claims: [], figures: [], sensitives: [], citeElements: [], sensitiveElements: [], diagnostics: [] };
  const at = (node: Nodes): Position => ({
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const report = (node: Nodes, message: string, severity: Diagnostic['severity'] = 'error') =>
    walk.diagnostics.push({ file, ...at(node), severity, message });

  /** The attribute's text; undefined when absent; null when malformed (already reported). */
  const stringAttribute = (element: JsxElement, name: string): string | null | undefined => {
    const attribute = element.attributes.find(
      (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
    );
    if (!attribute) return undefined;
    if (attribute.value === null || attribute.value === undefined) return '';
    if (typeof attribute.value !== 'string') {
      report(element, `<${element.name}> ${name} must be a plain string (${name}="…"); expressions in braces are not run here`);
      return null;
    }
    return attribute.value;
  };

  const checkAttributes = (element: JsxElement, allowed: readonly string[]) => {
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        report(element, `<${element.name}> takes only named string attributes, not {…} spreads`);
      } else if (!allowed.includes(attribute.name)) {
        report(element, `<${element.name}> has no attribute "${attribute.name}"; ${suggestion(attribute.name, allowed, 'attribute')}`);
      }
    }
  };

  const visitCiteRun = (parent: Parents, runStart: number, runEnd: number, claimStart: number) => {
    const first = parent.children[runStart] as JsxElement;
    // A Cite on a line of its own is a block: its siblings are whole blocks, not the words of its claim.
    const claimText = first.type === 'mdxJsxFlowElement' ? '' : parent.children
      .slice(claimStart, runStart)
      .map((node) => toString(node))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const number = walk.claims.length + 1;
    const claim: ClaimDraft = { number, text: claimText, citations: [] };
    if (claimText === '') {
      report(first, '<Cite> must follow the words it supports, in the same paragraph (put it right after the claim)');
    }
    for (let index = runStart; index < runEnd; index++) {
      const element = parent.children[index] as Nodes;
      if (!isJsx(element)) continue;
      checkAttributes(element, ['source', 'quote']);
      if (element.children.length > 0) report(element, '<Cite> must be self-closing: <Cite source="…" quote="…" />');
      const markerId = `cite-${number}-${claim.citations.length + 1}`;
      const sourceId = stringAttribute(element, 'source');
      const quote = stringAttribute(element, 'quote');
      const use: CiteUse = {
        sourceId: sourceId ?? '',
        quote: quote ?? '',
        malformed: sourceId === null || quote === null,
        position: at(element),
        claimNumber: number,
        markerId,
      };
      claim.citations.push(use);
      walk.citeElements.push({ element, markerId });
    }
    walk.claims.push(claim);
  };

  const visitFigure = (element: JsxElement) => {
    checkAttributes(element, ['alt', 'caption', 'credit', 'sensitive']);
    const figure: FigureUse = {
      alt: stringAttribute(element, 'alt') ?? '',
      caption: stringAttribute(element, 'caption') ?? '',
      credit: stringAttribute(element, 'credit') ?? '',
      sensitive: element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'sensitive'),
      position: at(element),
    };
    for (const problem of lintAltText(figure)) report(element, problem.message, problem.severity);
    walk.figures.push(figure);
  };

  const visitSensitive = (element: JsxElement) => {
    checkAttributes(element, ['topic']);
    const topic = stringAttribute(element, 'topic') ?? '';
    if (topic.trim() === '') report(element, '<Sensitive> needs a topic, e.g. topic="medical details"; it names the note and the skip link');
    const endId = `after-sensitive-${walk.sensitives.length + 1}`;
    walk.sensitives.push({ topic, endId, position: at(element) });
    walk.sensitiveElements.push({ element, endId });
  };

  const visitChildren = (parent: Parents) => {
    let claimStart = 0;
    let index = 0;
    while (index < parent.children.length) {
      const node = parent.children[index] as Nodes;
      if (isJsx(node) && node.name === 'Cite') {
        // A run of Cites, blanks between them allowed, cites one claim from several sources.
        let runEnd = index + 1;
        for (;;) {
          let next = runEnd;
          while (next < parent.children.length && isBlankText(parent.children[next] as Nodes)) next++;
          const candidate = parent.children[next] as Nodes | undefined;
          if (candidate && isJsx(candidate) && candidate.name === 'Cite') runEnd = next + 1;
          else break;
        }
        visitCiteRun(parent, index, runEnd, claimStart);
        index = runEnd;
        claimStart = runEnd;
        continue;
      }
      if (isJsx(node)) {
        if (node.name === 'Figure') visitFigure(node);
        else if (node.name === 'Sensitive') visitSensitive(node);
        else if (node.name && /^[A-Z]/.test(node.name)) {
          report(node, `unknown component <${node.name}>; ${suggestion(node.name, STORY_COMPONENTS, 'component')}`);
        }
      }
      if ('children' in node) visitChildren(node as Parents);
      index++;
    }
  };

  visitChildren(tree);
  return walk;
}
