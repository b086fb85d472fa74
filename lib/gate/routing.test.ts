import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { gatedStoryOf, UNGATED_STORY_PAGES } from '@/lib/gate/paths';
import { gateHeaders, gateRewrites, readerPathOf, readerPathsOf } from '@/lib/gate/routing';
import { projectRoot } from '../../tests/support/fixtures';

// The rules are matched by Next's own path-to-regexp, as its router compiles rewrite sources (case-insensitive, strict).
const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  pathToRegexp: (source: string, keys: unknown[], options: object) => RegExp;
};
const compile = (source: string) => pathToRegexp(source, [], { strict: true, sensitive: false, delimiter: '/' });

const SLUG = 'teigen-pregnancy-loss-essay';
const STORY = `/stories/${SLUG}`;
const rules = gateRewrites([SLUG, 'another-story']);
/** The first rule whose source matches the path, as the router tries them in order. */
const ruleFor = (pathname: string) => rules.find((rule) => compile(rule.source).test(pathname));

describe('the gate as rewrite rules', () => {
  it('sends every gated page of a story to its note unless the cookie holds the story, in order', () => {
    for (const pathname of [STORY, `${STORY}/sources`, `${STORY}/sources/heart`, `${STORY}/a/future/page`, `${STORY}/summary/x`]) {
      const rule = ruleFor(pathname);
      expect(rule?.destination, pathname).toMatch(new RegExp(`^/content-note/${SLUG}(/:rest)?$`));
      expect(rule?.missing?.[0]).toMatchObject({ type: 'cookie', key: 'content-notes' });
    }
  });

  it('agrees with gatedStoryOf on which paths are gated', () => {
    const paths = [STORY, `${STORY}.epub`, `${STORY}/sources/heart`, `${STORY}/x/y`, '/', '/settings', ...UNGATED_STORY_PAGES.map((page) => `${STORY}/${page}`)];
    for (const pathname of paths) {
      // Gated: some rule sends it to the note (for the book, the rule after the one for a reader who has passed it).
      const gated = rules.some((rule) => compile(rule.source).test(pathname) && rule.destination.startsWith('/content-note/'));
      expect(gated, pathname).toBe(gatedStoryOf(pathname) !== undefined);
    }
  });

  it('sends the story’s book to the book’s route only with the note passed, and to the note without', () => {
    const [passed, notPassed] = rules.filter((rule) => compile(rule.source).test(`${STORY}.epub`));
    expect(passed).toMatchObject({ destination: `/e-book/${SLUG}`, has: [{ type: 'cookie', key: 'content-notes' }] });
    expect(passed?.missing).toBeUndefined();
    expect(notPassed).toMatchObject({ destination: `/content-note/${SLUG}`, missing: passed!.has });
    expect(ruleFor('/stories/no-such-story.epub')).toBeUndefined();
  });

  it('lets the ungated pages through: the export, the summary and the note’s form handler', () => {
    for (const page of UNGATED_STORY_PAGES) expect(ruleFor(`${STORY}/${page}`), page).toBeUndefined();
  });

  it('sends percent-encoded paths and direct requests for the note’s route nowhere, before any story rule', () => {
    for (const pathname of [`/stories/teigen%2Dpregnancy-loss-essay`, `${STORY}/sources/%68eart`, `/content-note/${SLUG}`, `/content-note/${SLUG}/sources`, `/e-book/${SLUG}`]) {
      const rule = ruleFor(pathname);
      expect(rule?.missing, pathname).toBeUndefined();
      expect(rule?.destination, pathname).not.toMatch(/^\/(content-note|stories)\//);
    }
  });

  it('counts the story as passed only when the cookie holds its slug as a whole item', () => {
    const pattern = new RegExp(`^${ruleFor(STORY)!.missing![0]!.value}$`);
    for (const value of [SLUG, `a,${SLUG}`, `${SLUG},b`, `a,${SLUG},b`]) expect(pattern.test(value), value).toBe(true);
    for (const value of ['', `x${SLUG}`, `${SLUG}x`, `a,${SLUG}-2`, SLUG.toUpperCase(), 'another-story']) expect(pattern.test(value), value).toBe(false);
  });

  it('marks the gated pages private, uncacheable and varying by Cookie, and only them', () => {
    const headered = (pathname: string) => gateHeaders().some((rule) => compile(rule.source).test(pathname));
    for (const pathname of [STORY, `${STORY}.epub`, `${STORY}/sources`, `${STORY}/sources/heart`]) expect(headered(pathname), pathname).toBe(true);
    for (const pathname of ['/', `${STORY}/summary`, `${STORY}/citations.json`]) expect(headered(pathname), pathname).toBe(false);
  });

  it('knows every page the app has under a story: each is gated or named as ungated', () => {
    const pages = readdirSync(path.join(projectRoot, 'app', 'stories', '[slug]'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const gated = ruleFor(`${STORY}/${page}`) !== undefined;
      expect(gated || UNGATED_STORY_PAGES.includes(page), page).toBe(true);
    }
  });
});

describe('readerPathOf', () => {
  it('gives the reader’s address for a page rendered under the note’s route, and leaves other paths alone', () => {
    expect(readerPathOf(`/content-note/${SLUG}`)).toBe(STORY);
    expect(readerPathOf(`/content-note/${SLUG}/sources/heart`)).toBe(`${STORY}/sources/heart`);
    expect(readerPathOf(`${STORY}/summary`)).toBe(`${STORY}/summary`);
    expect(readerPathOf('/')).toBe('/');
  });
});

describe('readerPathsOf', () => {
  it('adds the book’s address to the note in front of a story, and only to it', () => {
    expect(readerPathsOf(`/content-note/${SLUG}`)).toEqual([STORY, `${STORY}.epub`]);
    expect(readerPathsOf(`/content-note/${SLUG}/sources/heart`)).toEqual([`${STORY}/sources/heart`]);
    expect(readerPathsOf(STORY)).toEqual([STORY]);
    expect(readerPathsOf('/')).toEqual(['/']);
  });
});
