import { gunzipSync } from 'node:zlib';

/**
 * Saved pages come as bytes: gzip-compressed or not, in UTF-8 or a legacy
 * charset. The charset is taken, in the order browsers use, from the byte-order
 * mark, then `<meta charset>` or the HTTP-equiv Content-Type, so a Latin-1 page
 * keeps its accents; without any of them UTF-8 is assumed.
 */

const GZIP_MAGIC = [0x1f, 0x8b];
// Browsers look for the charset declaration within the first 1024 bytes; pages saved with a long head put it later.
const SNIFF_BYTES = 8192;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

export function gunzipIfNeeded(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? gunzipSync(bytes) : bytes;
}

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset a page declares in its head: `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(head: string): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Decodes a saved page's bytes (gunzipping them first if they are compressed) to text. */
export function decodePage(input: Uint8Array): string {
  const bytes = gunzipIfNeeded(input);
  const label = charsetFromBom(bytes) ?? declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES))) ?? 'utf-8';
  // The WHATWG rule: a page that declares UTF-16 in its markup is read as UTF-8, since the declaration itself was readable as ASCII.
  const effective = label.startsWith('utf-16') && !charsetFromBom(bytes) ? 'utf-8' : label;
  return decoderFor(effective).decode(bytes);
}
