import { Worker } from 'node:worker_threads';

/**
 * Mozilla Readability's reading of a page, from a worker thread
 * (readability-worker.mjs). One page at a time; a page that takes longer than
 * the deadline stops the worker (the next page starts a new one) and counts as
 * a page on which Readability found nothing, as does a page it throws on.
 */

/** Long enough for any page under the size bound on a busy machine, short enough to answer within a minute. */
export const READABILITY_DEADLINE_MS = 20_000;

export type LibraryReading = { html: string } | { failure: string };

interface Answer {
  id: number;
  html?: string;
  error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const started = new Worker(new URL('./readability-worker.mjs', import.meta.url));
  // An idle worker must not keep the import's process alive.
  started.unref();
  started.on('exit', () => {
    if (worker === started) worker = undefined;
  });
  return started;
}

function askWorker(html: string, deadlineMs: number): Promise<LibraryReading> {
  const current = (worker ??= startWorker());
  const id = nextId++;
  return new Promise((resolve) => {
    const finish = (reading: LibraryReading) => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
      current.unref();
      resolve(reading);
    };
    const onMessage = (answer: Answer) => {
      if (answer.id !== id) return;
      finish(answer.error !== undefined ? { failure: `it failed: ${answer.error}` } : { html: answer.html ?? '' });
    };
    const onError = (error: Error) => finish({ failure: `it stopped: ${error.message}` });
    const timer = setTimeout(() => {
      if (worker === current) worker = undefined;
      void current.terminate();
      finish({ failure: `it did not answer within ${deadlineMs / 1000} s` });
    }, deadlineMs);
    current.on('message', onMessage);
    current.on('error', onError);
    current.ref();
    current.postMessage({ id, html });
  });
}

/** Readability's article HTML for a page, or why there is none. */
export function readWithReadability(html: string, deadlineMs = READABILITY_DEADLINE_MS): Promise<LibraryReading> {
  const reading = queue.then(() => askWorker(html, deadlineMs));
  queue = reading;
  return reading;
}
