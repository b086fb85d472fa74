import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkStory, type StoryCheck } from './check';

/**
 * content:check's stories, checked on every core: one worker thread per core
 * takes the next story as soon as it is done with one, so a slow story never
 * holds the others back. Each story is built and checked in one worker, and only
 * its diagnostics and citation count come back. Results are returned in the
 * order of the slugs, so the report reads the same however the work was shared.
 */

/** Starting a worker (loading the pipeline into it) takes about as long as checking this many stories. */
export const STORIES_PER_WORKER = 20;

interface PoolData {
  root: string;
  listed: readonly string[];
}

/** How many workers pay for themselves: none below STORIES_PER_WORKER stories, then one per core. */
export const workerCount = (stories: number, cores = availableParallelism()) =>
  stories < 2 * STORIES_PER_WORKER ? 0 : Math.min(cores, Math.floor(stories / STORIES_PER_WORKER));

/** A worker: checks each slug it is sent and posts the result back (undefined for a slug not listed). */
function serve({ root, listed }: PoolData) {
  parentPort!.on('message', (slug: string) => parentPort!.postMessage(checkStory(slug, root, listed)));
}

/**
 * A worker thread does not inherit tsx's loader (the hooks tsx registers belong to the main
 * thread), so each worker starts from JavaScript that loads this module through tsx's own import.
 */
const WORKER_START = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;

function runWorker(slugs: readonly string[], next: () => number, results: StoryCheck[], data: PoolData) {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER_START, { eval: true, workerData: data });
    let current = next();
    worker.on('message', (result: StoryCheck) => {
      results[current] = result;
      current = next();
      if (current < slugs.length) worker.postMessage(slugs[current]);
      else void worker.terminate().then(() => resolve());
    });
    worker.on('error', reject);
    worker.postMessage(slugs[current]);
  });
}

/** Checks the stories named by `slugs` (each one listed under root) and returns their results in that order. */
export async function checkStories(slugs: readonly string[], root: string, listed: readonly string[]): Promise<StoryCheck[]> {
  const workers = workerCount(slugs.length);
  if (workers === 0) return slugs.map((slug) => checkStory(slug, root, listed)!);
  const results: StoryCheck[] = [];
  let taken = 0;
  const next = () => taken++;
  await Promise.all(Array.from({ length: workers }, () => runWorker(slugs, next, results, { root, listed })));
  return results;
}

if (!isMainThread) serve(workerData as PoolData);
