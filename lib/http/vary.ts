import { ServerResponse } from 'node:http';

/**
 * Next (16.x; vercel/next.js#85999) overwrites the Vary header of every App
 * Router page with its own value, dropping the "Vary: Cookie" that the gate's
 * header rules (lib/gate/routing.ts) put on the content-note-gated pages.
 * These helpers merge instead of overwrite.
 */

type HeaderValue = string | number | readonly string[] | undefined;

/** The fields of several Vary values, each once (compared without case), first spelling kept; "*" stands alone. */
export function mergeVary(...values: HeaderValue[]): string {
  const fields = new Map<string, string>();
  for (const value of values) {
    if (value === undefined) continue;
    const parts: readonly (string | number)[] = Array.isArray(value) ? value : [value as string | number];
    for (const field of parts.flatMap((part) => String(part).split(','))) {
      const name = field.trim();
      if (name === '') continue;
      if (name === '*') return '*';
      if (!fields.has(name.toLowerCase())) fields.set(name.toLowerCase(), name);
    }
  }
  return [...fields.values()].join(', ');
}

const PATCHED = Symbol.for('reader.varyMerge');

/**
 * From now on, setting Vary on a Node response adds to the fields already there
 * instead of replacing them. Idempotent; called once before Next starts, by
 * lib/http/preload.ts. Remove when Next merges Vary itself.
 */
export function mergeVaryOnEveryResponse() {
  const proto = ServerResponse.prototype as ServerResponse & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const setHeader = proto.setHeader;
  proto.setHeader = function (this: ServerResponse, name: string, value: HeaderValue) {
    if (name.toLowerCase() === 'vary') {
      const existing = this.getHeader('vary');
      if (existing !== undefined && value !== undefined) return setHeader.call(this, name, mergeVary(existing, value));
    }
    return setHeader.call(this, name, value as string | number | readonly string[]);
  } as typeof setHeader;
  proto[PATCHED] = true;
}
