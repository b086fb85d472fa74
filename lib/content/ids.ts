/**
 * The one rule for the ids that become addresses: story slugs (/stories/<slug>)
 * and source ids (/stories/<slug>/sources/<id>). Lower-case letters, digits and
 * hyphens, never starting with a hyphen: nothing that needs escaping in a URL,
 * a cookie or a file name.
 */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG_PATTERN.test(value);

/** A heading's words as an id: "What the articles say" → "what-the-articles-say"; a number added if the words repeat. */
export function sectionSlug(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'section';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A short, stable, dependency-free hash (FNV-1a), so a claim's id survives renumbering. */
export function stableId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
