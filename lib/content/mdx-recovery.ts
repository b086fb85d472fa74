import { curlQuotes } from '../matching/quote-marks';

/**
 * What the parse (stage 2) does at a syntax error so the rest of the file is
 * still checked in the same run: the text changes it makes before parsing
 * again, each keeping every other character at its line and column. Pure:
 * text in, text out.
 */

type Mark = '"' | "'";

/** A value whose own enclosing mark stands inside it, mended with curly marks. */
export interface InnerQuoteRepair {
  /** The text with the value's inner marks curled (the same length, so every place stays). */
  text: string;
  attribute: string;
  mark: Mark;
  /** Offset of the value's first character. */
  valueStart: number;
  value: string;
}

/** A component's opening tag at or before `offset`: `<` then a capital letter. */
function tagStartBefore(text: string, offset: number): number {
  for (let at = text.lastIndexOf('<', offset); at >= 0; at = text.lastIndexOf('<', at - 1)) {
    if (/[A-Z]/.test(text[at + 1] ?? '')) return at;
    if (at === 0) break;
  }
  return -1;
}

/** The last attribute of the tag whose value opens before `offset`. */
function attributeOpenBefore(text: string, tagStart: number, offset: number) {
  const opening = /\s([A-Za-z_$][\w$:-]*)=(["'])/g;
  opening.lastIndex = tagStart;
  let found: { attribute: string; mark: Mark; valueStart: number } | undefined;
  for (let match = opening.exec(text); match && match.index < offset; match = opening.exec(text)) {
    found = { attribute: match[1]!, mark: match[2] as Mark, valueStart: match.index + match[0].length };
  }
  return found;
}

/** What may follow an attribute's closing mark: the tag's end, or the next attribute. */
const AFTER_VALUE = /^(?:\s*\/?>|\s+[A-Za-z_$][\w$:-]*=["'])/;

/**
 * At a parse error inside a component's tag: the attribute whose value holds
 * the straight mark that encloses it (`quote="he said "yes""`, the most
 * natural thing to paste). Its value ends at the last such mark the tag's end
 * or another attribute follows; undefined when the error is something else.
 */
export function repairInnerQuote(text: string, errorOffset: number): InnerQuoteRepair | undefined {
  const tagStart = tagStartBefore(text, errorOffset);
  const open = tagStart >= 0 ? attributeOpenBefore(text, tagStart, errorOffset) : undefined;
  if (!open) return undefined;
  const firstInner = text.indexOf(open.mark, open.valueStart);
  for (let end = text.indexOf(open.mark, firstInner + 1); firstInner >= 0 && end >= 0; end = text.indexOf(open.mark, end + 1)) {
    if (end + 1 < errorOffset || !AFTER_VALUE.test(text.slice(end + 1, end + 200))) continue;
    const value = text.slice(open.valueStart, end);
    if (value.includes('\n\n')) return undefined;
    return { ...open, value, text: text.slice(0, open.valueStart) + curlQuotes(value, open.mark) + text.slice(end) };
  }
  return undefined;
}

/**
 * The block (the lines between blank lines) holding `offset`, blanked to
 * spaces, so the parse can go on past it; undefined when that block is blank
 * already (nothing left to set aside).
 */
export function setAsideBlock(text: string, offset: number): string | undefined {
  const lines = text.split('\n');
  let line = text.slice(0, Math.min(offset, text.length)).split('\n').length - 1;
  if (lines[line]!.trim() === '' && line > 0 && offset >= text.length) line--;
  if (lines[line]!.trim() === '') return undefined;
  let first = line;
  let last = line;
  while (first > 0 && lines[first - 1]!.trim() !== '') first--;
  while (last < lines.length - 1 && lines[last + 1]!.trim() !== '') last++;
  for (let i = first; i <= last; i++) lines[i] = ' '.repeat(lines[i]!.length);
  return lines.join('\n');
}

/** The offset of a 1-based line and column of `text`. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let at = 1; at < line; at++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** The 1-based line and column of an offset of `text`. */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
