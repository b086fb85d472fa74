import type { Document, Element } from 'domhandler';
import { byTag, collapse, elementsIn, textOf } from './dom';
import { isWebPage, namesOf, pageWorkNode, readJsonLd, stringOf, type JsonLd, type JsonLdNode } from './jsonld';

/**
 * The facts a citation needs, each from what the page itself states and with
 * where it was found. Candidates are tried in a fixed order with JSON-LD first
 * (it is the statement meant for machines); a field no candidate states stays
 * absent: no outlet from the domain, no date from the address.
 */

export type Where = 'json-ld' | 'opengraph' | 'meta' | 'canonical link' | 'html lang' | 'title element' | 'time element' | 'byline text' | 'flag';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  outlet: string | null;
  url: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  provenance: Partial<Record<MetadataField, Where>>;
  /** Where another statement of the page contradicts the one kept. */
  disagreements: Disagreement[];
}

export type MetadataField = 'title' | 'authors' | 'outlet' | 'url' | 'published' | 'modified' | 'language';

export interface Disagreement {
  field: MetadataField;
  kept: string;
  keptFrom: Where;
  other: string;
  otherFrom: Where;
}

type Candidate<T> = [Where, T | undefined];

interface Head {
  meta: (...keys: string[]) => string | undefined;
  jsonLd: JsonLd;
  article: JsonLdNode | undefined;
}

function readHead(document: Document): Head {
  const metaByKey = new Map<string, string>();
  for (const tag of byTag(document, 'meta')) {
    const key = (tag.attribs.property ?? tag.attribs.name ?? tag.attribs.itemprop ?? tag.attribs['http-equiv'] ?? '').toLowerCase();
    const content = collapse(tag.attribs.content ?? '');
    if (key && content && !metaByKey.has(key)) metaByKey.set(key, content);
  }
  const jsonLd = readJsonLd(document);
  return {
    meta: (...keys) => keys.map((key) => metaByKey.get(key)).find((value) => value !== undefined),
    jsonLd,
    article: pageWorkNode(jsonLd),
  };
}

const PLACEHOLDER_YEARS_BEFORE = 1000;

/** "Tue, 19 Nov 2019 17:30:00 -0800" in ISO form at its own offset ("2019-11-19T17:30:00-08:00"); GMT and UTC as "Z". */
function writtenOutInstant(text: string): string | undefined {
  const parsed = new Date(text);
  const zone = /(?:\b(GMT|UTC)|([+-])(\d{2}):?(\d{2}))\s*$/.exec(text);
  if (Number.isNaN(parsed.getTime()) || !zone) return undefined;
  if (zone[1]) return parsed.toISOString().replace(/\.000Z$/, 'Z');
  const minutes = (zone[2] === '-' ? -1 : 1) * (Number(zone[3]) * 60 + Number(zone[4]));
  const local = new Date(parsed.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${zone[2]}${zone[3]}:${zone[4]}`;
}

/** A date as stated, if it is one: the offset kept as written, nothing added. */
export function statedInstant(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  // A written-out date with an explicit zone ("Tue, 19 Nov 2019 10:00:00 GMT") is still an instant.
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return writtenOutInstant(text);
  // Year 0001 and the like are a CMS's placeholder for "no date", not a statement.
  if (Number(text.slice(0, 4)) < PLACEHOLDER_YEARS_BEFORE) return undefined;
  return Number.isNaN(new Date(text.replace(' ', 'T')).getTime()) ? undefined : text.replace(' ', 'T');
}

const notAddress = (value: string | undefined) => (value && !/^https?:\/\//.test(value) ? value : undefined);
/** An address as stated, without its fragment: "…/story/#webpage" names a node of the page's JSON-LD, not another page. */
const address = (value: string | undefined) => (value && /^https?:\/\/[^\s#]+/.test(value) ? value.replace(/#.*$/, '') : undefined);

function languageTag(value: string | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-zA-Z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return undefined;
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest].join('-');
}

/** User names a CMS gives an article nobody signed: not an author the page states. */
const CMS_DEFAULT_AUTHOR = /^(?:admin|administrator|site ?admin|webmaster|root|wordpress|user|editor|guest|super ?user)$/i;

const realAuthors = (names: string[] | undefined) => {
  const real = names?.filter((name) => !CMS_DEFAULT_AUTHOR.test(name.trim()));
  return real && real.length > 0 ? real : undefined;
};

/** "By Jane Roe and John Doe" → ["Jane Roe", "John Doe"]. */
export function namesFromByline(text: string): string[] {
  const names = collapse(text)
    .replace(/^(?:written\s+)?by\s+/i, '')
    .replace(/\s*[|•·—–-]\s.*$/, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name));
  return [...new Set(names)];
}

function bylineElement(document: Document): Element | undefined {
  return elementsIn(document).find((element) =>
    element.attribs.rel === 'author' || element.attribs.itemprop === 'author' ||
    /(?:^|[\s_-])(?:byline|author-name|article-author)(?:$|[\s_-])/i.test(element.attribs.class ?? ''));
}

function timeElement(document: Document, itemprop: string): string | undefined {
  const times = byTag(document, 'time').filter((time) => time.attribs.datetime);
  const marked = times.find((time) => time.attribs.itemprop === itemprop || ('pubdate' in time.attribs && itemprop === 'datePublished'));
  return (marked ?? (itemprop === 'datePublished' ? times[0] : undefined))?.attribs.datetime;
}

function candidatesFor(document: Document, head: Head): { [F in MetadataField]: Candidate<F extends 'authors' ? string[] : string>[] } {
  const { meta, jsonLd, article } = head;
  const byline = bylineElement(document);
  const canonical = byTag(document, 'link').find((link) => (link.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const titleElement = byTag(document, 'title')[0];
  const html = byTag(document, 'html')[0];
  const metaAuthors = notAddress(meta('author', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author'));
  const ogAuthors = notAddress(meta('article:author'));
  return {
    title: [
      ['json-ld', notAddress(stringOf(article?.headline) ?? (article && !isWebPage(article) ? stringOf(article.name) : undefined))],
      ['opengraph', meta('og:title')],
      ['meta', meta('twitter:title', 'title', 'dc.title', 'citation_title')],
      ['title element', titleElement ? textOf(titleElement) || undefined : undefined],
    ],
    authors: [
      ['json-ld', realAuthors(namesOf(jsonLd, article?.author ?? article?.creator))],
      ['opengraph', realAuthors(ogAuthors?.split(/\s*,\s*/))],
      ['meta', realAuthors(metaAuthors?.split(/\s*(?:,|;|\band\b)\s*/))],
      ['byline text', realAuthors(byline ? namesFromByline(textOf(byline)) : undefined)],
    ],
    outlet: [
      ['json-ld', namesOf(jsonLd, article?.publisher)[0]],
      ['opengraph', meta('og:site_name')],
      ['meta', meta('application-name', 'publisher', 'dc.publisher', 'citation_publisher')],
    ],
    // The canonical link is the page's own statement of its address; the JSON-LD's url is often the site's or a node's.
    url: [
      ['canonical link', address(canonical?.attribs.href)],
      ['json-ld', address(stringOf(article?.url) ?? stringOf(article?.mainEntityOfPage))],
      ['opengraph', address(meta('og:url'))],
    ],
    published: [
      ['json-ld', statedInstant(stringOf(article?.datePublished))],
      ['opengraph', statedInstant(meta('article:published_time'))],
      ['meta', statedInstant(meta('datepublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date'))],
      ['time element', statedInstant(timeElement(document, 'datePublished'))],
    ],
    modified: [
      ['json-ld', statedInstant(stringOf(article?.dateModified))],
      ['opengraph', statedInstant(meta('article:modified_time', 'og:updated_time'))],
      ['meta', statedInstant(meta('datemodified', 'last-modified', 'dc.date.modified'))],
      ['time element', statedInstant(timeElement(document, 'dateModified'))],
    ],
    language: [
      ['json-ld', languageTag(stringOf(article?.inLanguage))],
      ['html lang', languageTag(html?.attribs.lang ?? html?.attribs['xml:lang'])],
      ['opengraph', languageTag(meta('og:locale'))],
      ['meta', languageTag(meta('content-language', 'language', 'dc.language'))],
    ],
  };
}

const comparable = (field: MetadataField, value: string) =>
  field === 'published' || field === 'modified' ? String(new Date(value).getTime()) : value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function agrees(field: MetadataField, kept: string, other: string): boolean {
  const a = comparable(field, kept);
  const b = comparable(field, other);
  if (field === 'title' || field === 'outlet') return a.includes(b) || b.includes(a); // "Headline | Outlet" in og:title is the same headline
  if (field === 'language') return a.split(' ')[0] === b.split(' ')[0];
  if (field === 'url') return kept.replace(/[?#].*$/, '').replace(/\/$/, '') === other.replace(/[?#].*$/, '').replace(/\/$/, '');
  return a === b;
}

const isUtc = (instant: string) => /(?:Z|[+-]00:?00)$/.test(instant);

/**
 * Of statements of one instant, the one in the page's own offset: a CMS often
 * writes the JSON-LD in UTC while the page's meta tags keep the local time, and
 * the date an article bears is the local one (19 November in Los Angeles, not
 * 20 November in UTC).
 */
function inOwnOffset(field: MetadataField, stated: [Where, string | string[]][]): [Where, string | string[]][] {
  const [first] = stated;
  if ((field !== 'published' && field !== 'modified') || !first || !isUtc(first[1] as string)) return stated;
  const local = stated.find(([, value]) => !isUtc(value as string) && agrees(field, first[1] as string, value as string));
  return local ? [local, ...stated.filter((candidate) => candidate !== local)] : stated;
}

export function readMetadata(document: Document): PageMetadata {
  const candidates = candidatesFor(document, readHead(document));
  const result: PageMetadata = { title: null, authors: [], outlet: null, url: null, published: null, modified: null, language: null, provenance: {}, disagreements: [] };
  for (const field of Object.keys(candidates) as MetadataField[]) {
    const stated = inOwnOffset(field, (candidates[field] as Candidate<string | string[]>[]).filter((candidate): candidate is [Where, string | string[]] => candidate[1] !== undefined));
    const first = stated[0];
    if (!first) continue;
    const [keptFrom, value] = first;
    if (field === 'authors') result.authors = value as string[];
    else result[field] = value as string;
    result.provenance[field] = keptFrom;
    const kept = [value].flat().join(', ');
    for (const [otherFrom, otherValue] of stated.slice(1)) {
      const other = [otherValue].flat().join(', ');
      if (!agrees(field, kept, other)) result.disagreements.push({ field, kept, keptFrom, other, otherFrom });
    }
  }
  return result;
}
