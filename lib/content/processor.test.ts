import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../tests/support/fixtures';
import { parseMdx } from './mdx';
import type { StoryDocument } from './model';
import { renderPlugins } from './processor';

/** What the page's compile does with the plugins: run them over the document's body, then verify. */
function compileAndVerify(document: StoryDocument) {
  const parsed = parseMdx(document.file, document.body, 1);
  if (!parsed.tree || parsed.diagnostics.length > 0) throw new Error(parsed.diagnostics[0]?.message);
  const { plugins, verify } = renderPlugins(document);
  unified().use(plugins).runSync(parsed.tree);
  verify();
}

describe('the page compile of a checked document', () => {
  const story = buildFixture('valid').story!;

  it('agrees with the check on the document the check built', () => {
    expect(() => compileAndVerify(story)).not.toThrow();
  });

  it('stops the build when its walk counts other claims than the check found', () => {
    expect(() => compileAndVerify({ ...story, claims: story.claims.slice(1) })).toThrow(/claims, not/);
  });

  it('stops the build, naming the code, when a rule reports on it: the story held to the summary’s rules', () => {
    expect(() => compileAndVerify({ ...story, kind: 'summary' })).toThrow(/summary-element/);
  });
});
