import type { Passage, Source } from '../content/model';
import { SITE_NAME } from './site';

/**
 * The standard shapes the export speaks: W3C Web Annotation selectors for a
 * cited passage, and CSL-JSON for an archived article. Pure functions.
 */

/** Context on each side of a quote: enough to tell it from the same words elsewhere on the page. */
export const QUOTE_CONTEXT = 32;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves a cut forward or back off the middle of a surrogate pair, so no character is split. */
const whole = (text: string, at: number, direction: 1 | -1) => (at > 0 && at < text.length && isLowSurrogate(text.charCodeAt(at)) ? at + direction : at);

/** The exact words of a passage of a paragraph, with up to QUOTE_CONTEXT characters of the paragraph around them. */
export function textQuote(text: string, start: number, end: number) {
  return {
    type: 'TextQuoteSelector' as const,
    exact: text.slice(start, end),
    prefix: text.slice(whole(text, Math.max(0, start - QUOTE_CONTEXT), 1), start),
    suffix: text.slice(end, whole(text, Math.min(text.length, end + QUOTE_CONTEXT), -1)),
  };
}

/** A UTF-16 offset as a count of code points, which is how the annotation model counts positions. */
export const codePoints = (text: string, utf16Offset: number) => [...text.slice(0, utf16Offset)].length;

/** Where a passage stands, for annotation tools: its words in context, and its paragraph refined to its characters. */
export function annotationTarget(archiveUrl: string, text: string, passage: Passage, paragraphId: string) {
  const selector: [ReturnType<typeof textQuote>, FragmentSelector] = [
      textQuote(text, passage.start, passage.end),
      {
        type: 'FragmentSelector' as const,
        conformsTo: 'http://tools.ietf.org/rfc/rfc3986' as const,
        value: paragraphId,
        refinedBy: { type: 'TextPositionSelector' as const, start: codePoints(text, passage.start), end: codePoints(text, passage.end) },
      },
  ];
  return { source: archiveUrl, selector };
}

interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: 'http://tools.ietf.org/rfc/rfc3986';
  value: string;
  refinedBy: { type: 'TextPositionSelector'; start: number; end: number };
}

/**
 * An archived article as CSL-JSON (article-newspaper): only what is known;
 * nothing invented for what is not. Where it is archived is always known, so
 * a reference manager can reach the words even when the original address is not.
 */
export function cslItem(source: Source, archiveUrl: string) {
  const issued = source.meta.published?.split('-').map(Number) as [number, number, number] | undefined;
  return {
    id: source.id,
    type: 'article-newspaper' as const,
    ...(source.meta.title ? { title: source.meta.title } : {}),
    ...(source.meta.outlet ? { 'container-title': source.meta.outlet } : {}),
    // As the page wrote each name: splitting it into given and family names would be a guess.
    ...(source.meta.authors ? { author: source.meta.authors.map((name) => ({ literal: name })) } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] as [[number, number, number]] } } : {}),
    ...(source.meta.url ? { URL: source.meta.url } : {}),
    archive: SITE_NAME,
    archive_location: archiveUrl,
    language: source.meta.language,
  };
}
