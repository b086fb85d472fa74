import { describe, expect, it } from 'vitest';
import { parseContinuedStories, withContinued, withoutContinued } from '@/lib/gate/cookie';
import { safeReturnPath, withLandingAnchor } from '@/lib/gate/paths';

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;

describe('safeReturnPath: the note only ever sends the reader somewhere inside the story', () => {
  it('keeps a path inside the story, with an anchor', () => {
    expect(safeReturnPath(SLUG, STORY)).toBe(STORY);
    expect(safeReturnPath(SLUG, `${STORY}#cite-4-1`)).toBe(`${STORY}#cite-4-1`);
    expect(safeReturnPath(SLUG, `${STORY}/sources/heart#p-7`)).toBe(`${STORY}/sources/heart#p-7`);
    expect(safeReturnPath(SLUG, `${STORY}/sources`)).toBe(`${STORY}/sources`);
  });

  const hostile = [
    '//evil.example',
    '//evil.example/stories/teigen-pregnancy-loss-essay',
    'https://evil.example/',
    `https://evil.example${STORY}`,
    'http:evil.example',
    'javascript:alert(1)',
    `javascript:alert(1)//${STORY}`,
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    `${STORY}/%2F%2Fevil.example`,
    `${STORY}/..%2F..%2Fevil`,
    `${STORY}/../../evil`,
    `${STORY}/./sources`,
    `${STORY}//evil.example`,
    `${STORY}/\\evil.example`,
    `${STORY}\\..\\evil`,
    `${STORY}@evil.example`,
    `${STORY}.evil.example`,
    `${STORY}-other`,
    '/stories/another-story',
    `/stories/another-story/../${SLUG}`,
    `${STORY}/sources?next=//evil.example`,
    ` ${STORY}`,
    `${STORY}/\tsources`,
    `/\t/evil.example`,
    `${STORY}/sources/heart\n`,
    '',
    '#p-7',
    'stories/teigen-pregnancy-loss-essay',
    `${STORY}/${'a'.repeat(600)}`,
  ];

  it.each(hostile)('falls back to the story for %j', (value) => {
    expect(safeReturnPath(SLUG, value)).toBe(STORY);
  });

  it('falls back for values that are not text', () => {
    for (const value of [undefined, null, 7, ['/stories/x'], { toString: () => STORY }]) {
      expect(safeReturnPath(SLUG, value)).toBe(STORY);
    }
  });

  it('keeps the path but drops an unsafe fragment', () => {
    for (const fragment of ['', ':~:text=blood', 'x"><script>', 'javascript:alert(1)', '1abc', '%20p', `a${'b'.repeat(120)}`]) {
      expect(safeReturnPath(SLUG, `${STORY}/sources/heart#${fragment}`), fragment).toBe(`${STORY}/sources/heart`);
    }
  });

  it('never returns anything outside /stories/<slug>, whatever the input', () => {
    const alphabet = ['/', '\\', '.', '%', '2F', '5C', ':', '#', '?', '@', 'evil', SLUG, 'stories', ' ', '\t', 'sources'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const value = Array.from({ length: 1 + Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = safeReturnPath(SLUG, value);
      expect(result === STORY || result.startsWith(`${STORY}/`) || result.startsWith(`${STORY}#`), `${JSON.stringify(value)} → ${result}`).toBe(true);
      expect(result).not.toMatch(/\\|%|\/\/|\/\.\.?(\/|$|#)|\s/);
    }
  });

  it('refuses an invalid slug outright', () => {
    expect(safeReturnPath('../evil', '/stories/../evil')).toBe('/');
    expect(safeReturnPath('', '/stories/')).toBe('/');
  });
});

describe('withLandingAnchor: reading starts at the page heading when no anchor was asked for', () => {
  it('adds the heading of each gated page', () => {
    expect(withLandingAnchor(SLUG, STORY)).toBe(`${STORY}#story-title`);
    expect(withLandingAnchor(SLUG, `${STORY}/sources`)).toBe(`${STORY}/sources#sources-title`);
    expect(withLandingAnchor(SLUG, `${STORY}/sources/heart`)).toBe(`${STORY}/sources/heart#source-title`);
  });

  it('keeps the anchor the reader was going to, and leaves unknown pages alone', () => {
    expect(withLandingAnchor(SLUG, `${STORY}#cite-4-1`)).toBe(`${STORY}#cite-4-1`);
    expect(withLandingAnchor(SLUG, `${STORY}/a/future/page`)).toBe(`${STORY}/a/future/page`);
  });
});

describe('the content-notes cookie contract', () => {
  it('remembers each story once, newest last, and forgets one without touching the others', () => {
    const both = withContinued(withContinued(undefined, 'a'), SLUG);
    expect(both).toBe(`a,${SLUG}`);
    expect(withContinued(both, 'a')).toBe(`${SLUG},a`);
    expect(parseContinuedStories(both)).toContain(SLUG);
    expect(withoutContinued(both, SLUG)).toBe('a');
    expect(parseContinuedStories(withoutContinued(both, SLUG))).not.toContain(SLUG);
  });

  it('ignores anything that is not a slug, and an oversized value', () => {
    expect(parseContinuedStories(`../x,${SLUG},<script>,,A`)).toEqual([SLUG]);
    expect(parseContinuedStories(`${SLUG},${'a'.repeat(5000)}`)).not.toContain(SLUG);
    expect(parseContinuedStories(`${SLUG}-other`)).not.toContain(SLUG);
  });
});
