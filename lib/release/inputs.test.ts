import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentInputs, readInputsRecord, staleness, storyFingerprint, writeInputsRecord } from './inputs.mjs';

/** A checkout with two stories and a build folder beside them. */
function checkout() {
  const root = mkdtempSync(path.join(tmpdir(), 'reader-inputs-'));
  for (const slug of ['first', 'second']) {
    mkdirSync(path.join(root, 'content', 'stories', slug, 'sources'), { recursive: true });
    writeFileSync(path.join(root, 'content', 'stories', slug, 'story.mdx'), `# ${slug}\n`);
  }
  const buildDir = path.join(root, '.next');
  mkdirSync(buildDir);
  const edit = (slug: string, text: string) => writeFileSync(path.join(root, 'content', 'stories', slug, 'story.mdx'), text);
  return { root, buildDir, edit };
}

describe('whether a build serves the checkout as it is', () => {
  it('says so when the build keeps no record of what it was made from', () => {
    const { root, buildDir } = checkout();
    expect(staleness(root, buildDir)).toMatch(/no record/);
  });

  it('finds nothing to rebuild right after a build, whatever the files’ times', () => {
    const { root, buildDir } = checkout();
    writeInputsRecord(buildDir, currentInputs(root));
    expect(staleness(root, buildDir)).toBeUndefined();
  });

  it('names the story that changed since the build, and a story added', () => {
    const { root, buildDir, edit } = checkout();
    writeInputsRecord(buildDir, currentInputs(root));
    edit('second', '# second, corrected\n');
    expect(staleness(root, buildDir)).toBe('content changed: second');
    mkdirSync(path.join(root, 'content', 'stories', 'third'));
    writeFileSync(path.join(root, 'content', 'stories', 'third', 'story.mdx'), '# third\n');
    expect(staleness(root, buildDir)).toBe('content changed: second, third');
  });

  it('serves at once after a story is published into the build (build:story records it)', () => {
    const { root, buildDir, edit } = checkout();
    writeInputsRecord(buildDir, currentInputs(root));
    edit('first', '# first, corrected\n');
    const record = readInputsRecord(buildDir)!;
    writeInputsRecord(buildDir, { ...record, stories: { ...record.stories, first: storyFingerprint(root, 'first') } });
    expect(staleness(root, buildDir)).toBeUndefined();
  });
});
