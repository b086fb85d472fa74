import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStory, type BuildResult } from '@/lib/content/build';
import type { Diagnostic } from '@/lib/content/diagnostics';
import type { StoryFiles } from '@/lib/content/files';
import { listStorySlugs, readStoryFiles } from '@/lib/content/files';

/** Shared helpers for the unit tests: where fixtures live and how a story is built from them. */

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');

/** A fixture case is laid out like content/: tests/fixtures/<case>/stories/<slug>/… */
export const fixtureRoot = (fixtureCase: string) => path.join(fixturesDir, fixtureCase, 'stories');

/** The files of the one story a fixture case holds, read the way the site reads content. */
export function fixtureFiles(fixtureCase: string): StoryFiles {
  const root = fixtureRoot(fixtureCase);
  const slugs = listStorySlugs(root);
  if (slugs.length !== 1) throw new Error(`fixture "${fixtureCase}" must hold exactly one story, found ${slugs.length}`);
  return readStoryFiles(slugs[0]!, root)!;
}

export function buildFixture(fixtureCase: string): BuildResult {
  return buildStory(fixtureFiles(fixtureCase));
}

const STORY_FRONTMATTER = `---
title: Chrissy Teigen's essay on losing her son Jack
summary: Chrissy Teigen wrote about the loss of her son Jack and why she shared photographs from the hospital.
published: 2020-10-28
language: en
topics:
  - pregnancy loss at 20 weeks
---
`;

/** The line of story.mdx on which an in-memory story's body starts. */
export const IN_MEMORY_BODY_LINE = 9;

/**
 * An in-memory story: the body of story.mdx (after a valid frontmatter) and
 * each source's article text (after a minimal valid frontmatter naming the outlet).
 */
export function inMemoryStory(body: string, sources: Record<string, string>): StoryFiles {
  return {
    slug: 'in-memory',
    story: { path: 'stories/in-memory/story.mdx', text: STORY_FRONTMATTER + body },
    sources: Object.entries(sources).map(([id, text]) => ({
      id,
      path: `stories/in-memory/sources/${id}.md`,
      text: `---\noutlet: ${id}\nlanguage: en\n---\n${text}`,
    })),
  };
}

/** An in-memory story built, for tests outside lib/content (which may not import the pipeline's build). */
export const buildInMemoryStory = (body: string, sources: Record<string, string>) => buildStory(inMemoryStory(body, sources));

const tsx = path.join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

/** Runs one of the project's scripts as `npx tsx scripts/<name>` would, without blocking other tests. */
export function runScript(script: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(tsx, [path.join('scripts', script), ...args], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ status: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

/** A diagnostic without its message: tests pin where a problem is and its code, not its wording. */
export const located = ({ file, line, column, severity, code }: Diagnostic) => ({ file, line, column, severity, code });
