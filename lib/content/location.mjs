// @ts-check
/**
 * Where a checkout keeps its stories: content/stories/<slug>/. Plain
 * JavaScript, as the build's record of its inputs (lib/release/inputs.mjs)
 * reads it without a TypeScript loader; lib/content/files.ts reads the stories from here.
 */
import path from 'node:path';

export const STORIES_DIR = path.join('content', 'stories');
