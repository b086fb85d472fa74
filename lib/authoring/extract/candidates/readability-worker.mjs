/**
 * Mozilla Readability on linkedom, in a worker thread of its own
 * (readability.ts): a page it takes too long on can be stopped without
 * stopping the import. Its console warnings are about the page's markup, not
 * for the editor, and are silenced here.
 * Plain JavaScript, so that it runs under any loader, vitest's included.
 */
import { parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => {};

parentPort.on('message', ({ id, html }) => {
  try {
    const { document } = parseHTML(html);
    parentPort.postMessage({ id, html: new Readability(document).parse()?.content ?? '' });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
