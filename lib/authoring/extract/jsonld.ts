import type { Document } from 'domhandler';
import { byTag } from './dom';

/**
 * The page's JSON-LD as a flat list of nodes: `@graph` and arrays unwrapped,
 * `@id` references resolvable, so an author or publisher given once in the
 * graph and referred to by id from the article is found.
 */

export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'ScholarlyArticle', 'TechArticle', 'Report', 'LiveBlogPosting', 'SocialMediaPosting',
]);

/** Works other than articles whose node states the page's facts when no article node does: Yoast's WebPage, a recipe, a forum post. */
const PAGE_WORK_TYPES = new Set([
  'WebPage', 'ItemPage', 'MedicalWebPage', 'Recipe', 'HowTo', 'DiscussionForumPosting', 'QAPage', 'Review', 'ClaimReview', 'CreativeWork',
]);

export interface JsonLd {
  nodes: JsonLdNode[];
  byId: Map<string, JsonLdNode>;
}

function flatten(value: unknown, into: JsonLdNode[]): void {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === 'object') {
      const node = item as JsonLdNode;
      into.push(node);
      if (node['@graph']) stack.push(node['@graph']);
    }
  }
}

function parseScript(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Some sites leave raw newlines or a trailing semicolon; one repair attempt, then give up on that script.
    try {
      return JSON.parse(text.replace(/[\n\r\t]/g, ' ').replace(/;\s*$/, ''));
    } catch {
      return undefined;
    }
  }
}

export function readJsonLd(document: Document): JsonLd {
  const nodes: JsonLdNode[] = [];
  for (const script of byTag(document, 'script')) {
    if ((script.attribs.type ?? '').toLowerCase() !== 'application/ld+json') continue;
    // textOf skips scripts (their code is never page text); the JSON-LD is the script's own text.
    flatten(parseScript(script.children.map((child) => (child.type === 'text' ? child.data : '')).join('')), nodes);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  return { nodes, byId };
}

const typesOf = (node: JsonLdNode): string[] => [node['@type']].flat().filter((t): t is string => typeof t === 'string');

/** A WebPage node's `name` is the page's <title> (with the site's name), not a headline. */
export const isWebPage = (node: JsonLdNode) => typesOf(node).some((type) => /(?:WebPage|ItemPage)$/.test(type));

export const isArticle = (node: JsonLdNode) => typesOf(node).some((type) => ARTICLE_TYPES.has(type.replace(/^.*[/#:]/, '')));

/** The article node: the first node of an article type. */
export function articleNode(jsonLd: JsonLd): JsonLdNode | undefined {
  return jsonLd.nodes.find(isArticle);
}

/** The node that states the page's facts: the article's, or else the first work of another kind that names a headline, a name or an author. */
export function pageWorkNode(jsonLd: JsonLd): JsonLdNode | undefined {
  return articleNode(jsonLd) ?? jsonLd.nodes.find((node) =>
    typesOf(node).some((type) => PAGE_WORK_TYPES.has(type.replace(/^.*[/#:]/, ''))) && (node.headline ?? node.name ?? node.author) !== undefined);
}

/** A node, or the node an `{ "@id": … }` reference points to. */
export function resolve(jsonLd: JsonLd, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as JsonLdNode)['@id'];
    if (typeof id === 'string' && jsonLd.byId.has(id)) return { ...jsonLd.byId.get(id), ...(value as JsonLdNode) };
  }
  return value;
}

/** The names of a person/organisation value: a string, an object with `name`, a reference, or a list of those. */
export function namesOf(jsonLd: JsonLd, value: unknown): string[] {
  return [value].flat().flatMap((item) => {
    const resolved = resolve(jsonLd, item);
    if (typeof resolved === 'string') return [resolved];
    if (resolved && typeof resolved === 'object') {
      const name = (resolved as JsonLdNode).name;
      return typeof name === 'string' ? [name] : [];
    }
    return [];
  }).map((name) => name.replace(/\s+/g, ' ').trim()).filter((name) => name !== '' && !/^https?:\/\//.test(name));
}

export function stringOf(value: unknown): string | undefined {
  const first = [value].flat()[0];
  if (typeof first === 'string' && first.trim() !== '') return first.trim();
  if (first && typeof first === 'object') {
    const inner = (first as JsonLdNode)['@id'] ?? (first as JsonLdNode).url ?? (first as JsonLdNode)['@value'];
    if (typeof inner === 'string' && inner.trim() !== '') return inner.trim();
  }
  return undefined;
}
