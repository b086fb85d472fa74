/**
 * Every relative link in the project's guides resolves: the file exists and,
 * where the link names a heading (`file.md#anchor`), that file has a heading
 * whose GitHub anchor it is. A guide moved or a heading renamed fails here
 * instead of leaving a newcomer at a dead end.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/fixtures';

const GUIDES = [
  'README.md',
  'CONTRIBUTING.md',
  'ACCESSIBILITY.md',
  'bench/README.md',
  ...readdirSync(path.join(projectRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Markdown without its code: a link inside a code block or span is an example, not a link. */
function withoutCode(markdown: string) {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

function relativeLinks(markdown: string) {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
export function headingAnchors(markdown: string) {
  const seen = new Map<string, number>();
  return withoutCode(markdown.replace(/`([^`\n]*)`/g, '$1'))
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => {
      const base = line.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N}\p{M}_\- ]/gu, '').replace(/ /g, '-');
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return count === 0 ? base : `${base}-${count}`;
    });
}

describe('the guides', () => {
  it('name a heading by the anchor GitHub gives it', () => {
    expect(headingAnchors('# Publishing a correction: `npm run build:story -- <slug>`\n## Notes\n## Notes')).toEqual([
      'publishing-a-correction-npm-run-buildstory----slug',
      'notes',
      'notes-1',
    ]);
  });

  it.each(GUIDES)('%s links only to files and headings that exist', (guide) => {
    const markdown = readFileSync(path.join(projectRoot, guide), 'utf8');
    const broken = relativeLinks(markdown).filter((target) => {
      const [file = '', anchor] = target.split('#');
      const resolved = file === '' ? path.join(projectRoot, guide) : path.join(projectRoot, path.dirname(guide), file);
      if (!existsSync(resolved)) return true;
      if (!anchor || !resolved.endsWith('.md')) return false;
      return !headingAnchors(readFileSync(resolved, 'utf8')).includes(decodeURIComponent(anchor));
    });
    expect(broken).toEqual([]);
  });
});
