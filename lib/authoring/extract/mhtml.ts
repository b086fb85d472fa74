import { ExtractError } from './bounds';
import { decodePage } from './decode';

/**
 * A browser's single-file save (MHTML, RFC 2557): a MIME multipart message
 * whose first text/html part is the page. Parts are decoded from
 * quoted-printable or base64; the page's charset comes from the part's header
 * or, failing that, from the page itself.
 */

const latin1 = new TextDecoder('latin1');

export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1.decode(bytes.subarray(0, 2048));
  return /^(?:[\w-]+:.*\r?\n)*?Content-Type:\s*multipart\/related/im.test(head) && !/^\s*</.test(head);
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(bytes);
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parts(message: string): Part[] {
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(message)?.[1];
  if (!boundary) return [];
  return message.split(`--${boundary}`).slice(1).flatMap((chunk) => {
    const split = /\r?\n\r?\n/.exec(chunk);
    if (!split) return [];
    const headers = new Map<string, string>();
    for (const line of chunk.slice(0, split.index).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    return [{ headers, body: chunk.slice(split.index + split[0].length) }];
  });
}

/** The HTML page inside an MHTML file, as text. */
export function htmlFromMhtml(bytes: Uint8Array): string {
  const page = parts(latin1.decode(bytes)).find((part) => /^text\/html/i.test(part.headers.get('content-type') ?? ''));
  if (!page) throw new ExtractError('the MHTML file holds no text/html part');
  const encoding = (page.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const raw = encoding === 'base64' ? Buffer.from(page.body.replace(/\s+/g, ''), 'base64')
    : encoding === 'quoted-printable' ? decodeQuotedPrintable(page.body)
    : Buffer.from(page.body, 'latin1');
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(page.headers.get('content-type') ?? '')?.[1];
  return charset ? new TextDecoder(charset).decode(raw) : decodePage(raw);
}
