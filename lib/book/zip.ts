import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file of the publication: its path inside the zip and its text. */
export interface BookEntry {
  path: string;
  text: string;
}

export const EPUB_MEDIA_TYPE = 'application/epub+zip';

/**
 * The EPUB container, reproducibly: `mimetype` first and stored (so a reader
 * can sniff the type at a fixed offset, as OCF requires), then the entries in
 * the order given, every one with the same timestamp. The same entries and
 * date give the same bytes, whenever and wherever they are zipped.
 */
export function zipBook(entries: readonly BookEntry[], isoDate: string): Uint8Array<ArrayBuffer> {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // fflate writes the zip's DOS time from a Date's local fields: a local-time Date gives the same bytes in every time zone.
  const mtime = new Date(year, month - 1, day);
  const files: Zippable = { mimetype: [strToU8(EPUB_MEDIA_TYPE), { level: 0 }] };
  for (const entry of entries) files[entry.path] = [strToU8(entry.text), { level: 9 }];
  // fflate allocates a plain ArrayBuffer (never a shared one): what a Response body needs.
  return zipSync(files, { mtime }) as Uint8Array<ArrayBuffer>;
}
