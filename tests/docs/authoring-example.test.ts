/**
 * The authoring guide starts with the smallest complete story: a manifest of
 * three articles and an account. Copied as it stands into a new story, with
 * the three articles imported as the manifest says, it must pass
 * content:check; a guide whose first example fails would teach the wrong
 * thing on the first page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/authoring/import';
import { readManifest } from '@/lib/authoring/import-manifest';
import { checkStory } from '@/lib/content/check';
import { projectRoot } from '../support/fixtures';

const guide = readFileSync(path.join(projectRoot, 'docs', 'authoring.md'), 'utf8');

/** The code block whose info string names `title`, without the list item's indentation. */
function block(title: string): string {
  const found = new RegExp(`^( *)\`\`\`\\w+ title="${title}"\\n([\\s\\S]*?)^\\1\`\`\`$`, 'm').exec(guide);
  if (!found) throw new Error(`docs/authoring.md has no code block titled "${title}"`);
  const indent = found[1]!.length;
  return found[2]!.split('\n').map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
}

const root = mkdtempSync(path.join(os.tmpdir(), 'authoring-example-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the authoring guide’s first example', () => {
  it('is the first thing the guide shows after the layout of a story folder', () => {
    expect(guide.indexOf('## ')).toBe(guide.indexOf('## A new story, start to finish'));
  });

  it('copied as it stands, with the three articles its manifest names, passes content:check', () => {
    // The manifest is saved in the project's folder, as the guide says, so its paths are the project's.
    const manifest = readManifest(block('pages.yaml'), path.join(projectRoot, 'pages.yaml'));
    if (!('entries' in manifest)) throw new Error(manifest.problems.join('\n'));
    expect(manifest.entries).toHaveLength(3);
    const sources = path.join(root, 'my-story', 'sources');
    mkdirSync(sources, { recursive: true });
    for (const entry of manifest.entries) {
      const { fileText } = importArticle(readFileSync(entry.file, 'utf8'), { ...entry, importedFrom: path.basename(entry.file) });
      writeFileSync(path.join(sources, `${entry.id}.md`), fileText);
    }
    writeFileSync(path.join(root, 'my-story', 'story.mdx'), block('story.mdx'));

    const checked = checkStory('my-story', root)!;
    expect(checked.diagnostics).toEqual([]);
    expect(checked.citations).toEqual({ verified: 6, total: 6 });
    expect(checked.ownSentences).toBe(2);
    expect(guide.replace(/\s+/g, ' ')).toContain("1 story, 6 of 6 citations verified, 2 sentences marked as the account's own words, 0 errors, 0 warnings");
  });
});
