/**
 * npm run content:new -- <slug> [--content <dir>]: starts a story: writes
 * content/stories/<slug>/story.mdx, a minimal story that explains itself in
 * comments (lib/authoring/new-story.ts), and an empty sources/ folder, then
 * says what to do next. Never overwrites a story.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStoryText } from '../lib/authoring/new-story';
import { contentRoot } from '../lib/content/files';
import { SLUG_PATTERN } from '../lib/content/ids';
import { readCommandLine, runCommand, UsageError } from './cli';

const usage = `usage: npm run content:new -- <slug> [--content <dir>]
  <slug>           the story's address, /stories/<slug>: lower-case letters, digits, hyphens
  --content <dir>  the content/stories folder (default: ./content/stories)`;

function main(): number {
  const { values, positionals, help } = readCommandLine({ content: { type: 'string' } });
  if (help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`one story slug, got ${positionals.length}`);
  const slug = positionals[0]!;
  if (!SLUG_PATTERN.test(slug)) throw new UsageError(`"${slug}" is not a story slug (lower-case letters, digits, hyphens)`);
  const storyDir = path.join(values.content ?? contentRoot(), slug);
  const storyFile = path.join(storyDir, 'story.mdx');
  if (existsSync(storyFile)) {
    console.error(`content:new: ${storyFile} exists; nothing was written`);
    return 1;
  }
  mkdirSync(path.join(storyDir, 'sources'), { recursive: true });
  writeFileSync(storyFile, newStoryText(slug, new Date().toISOString().slice(0, 10)));
  console.log([
    `${storyFile} written. Next (docs/authoring.md):`,
    `  1. archive the articles: npm run content:import -- --story ${slug} --manifest <pages.yaml>`,
    '  2. fill in story.mdx: its comments say what each part is',
    `  3. npm run content:check -- --story ${slug}   until it reports nothing`,
    `  4. preview: npm run dev, then http://localhost:3000/stories/${slug} (reload after each save)`,
  ].join('\n'));
  return 0;
}

runCommand('content:new', usage, main);
