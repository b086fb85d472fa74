import { SLUG_PATTERN } from '../content/ids';

/**
 * A source's id, when the editor gives none: it becomes the archived
 * article's address (/stories/<slug>/sources/<id>) and its file name, so it is
 * made to be read: the headline's first words, accents folded
 * ("Élection à Genève : …" → "election-a-geneve"), or else a file name that
 * is a name, never a hash.
 */

const ID_WORDS = 6;
const ID_CHARS = 48;
/** A run of hexadecimal digits this long is a hash or a generated name, not words. */
const HASH_RUN = /[0-9a-f]{16,}/;

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The headline's first words as an id, short enough to read; undefined when none are in Latin letters or digits. */
export function idFromHeadline(headline: string | null | undefined): string | undefined {
  let id = '';
  for (const word of words(headline ?? '').slice(0, ID_WORDS)) {
    const longer = id ? `${id}-${word}` : word;
    if (longer.length > ID_CHARS && id) break;
    id = longer.slice(0, ID_CHARS);
  }
  return SLUG_PATTERN.test(id) ? id : undefined;
}

/** A file's name as an id ("Bridge Closes.html" → "bridge-closes"); undefined when the name is a hash. */
export function idFromFileName(file: string): string | undefined {
  const name = (file.split('/').pop() ?? '').replace(/(?:\.html?)?\.[^.]+$/i, '');
  const id = words(name).join('-');
  return SLUG_PATTERN.test(id) && !HASH_RUN.test(id) ? id : undefined;
}
