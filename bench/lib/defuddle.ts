/**
 * Defuddle on linkedom's DOM, one of the candidates bench:extract scores alone:
 * its article HTML, or '' when it finds nothing or throws. Only the bench runs
 * it (bench/package.json): measured beside our combination, it did not earn a
 * place in the import (bench/README.md). `useAsync: false`: it never reaches
 * the network; its console warnings are about the page and are silenced here.
 */
import { DefuddleClass } from 'defuddle/node';
import { parseHTML } from 'linkedom';

const quiet = { log() {}, warn() {}, error() {} };

export function defuddleHtml(html: string): string {
  const { document } = parseHTML(html);
  const saved = { log: console.log, warn: console.warn, error: console.error };
  Object.assign(console, quiet);
  try {
    return new DefuddleClass(document as unknown as Document, { useAsync: false, url: 'about:blank' }).parse().content ?? '';
  } catch {
    return '';
  } finally {
    Object.assign(console, saved);
  }
}
