import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseContinuedStories } from '@/lib/gate/cookie';
import { UNGATED_STORY_PAGES } from '@/lib/gate/paths';
import { gateHeaders, gateRewrites } from '@/lib/gate/routing';
import { readerPathOf, readerPathsOf, STORY_PAGES, storyPageRests } from '@/lib/view/routes';
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

  it('fails closed: an ungated page nested deeper, or a page no one has written yet, is gated', () => {
    for (const pathname of [`${STORY}/summary/x`, `${STORY}/sources/citations.json`, `${STORY}/citations.json/`, `${STORY}/a/future/page`, `${STORY}.epub`]) {
      expect(rules.some((rule) => compile(rule.source).test(pathname) && rule.destination.startsWith('/content-note/')), pathname).toBe(true);
    }
  });

  it('leaves every page outside a story alone', () => {
    for (const pathname of ['/', '/stories', '/settings', '/storiesx/a', '/feed.xml']) expect(ruleFor(pathname), pathname).toBeUndefined();
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

  it('counts the story as passed exactly when the cookie, read as the note’s form writes it, holds the slug', () => {
    const pattern = new RegExp(`^${ruleFor(STORY)!.missing![0]!.value}$`);
    const values = [SLUG, `a,${SLUG}`, `${SLUG},b`, `a,${SLUG},b`, '', `x${SLUG}`, `${SLUG}x`, `a,${SLUG}-2`, 'another-story'];
    for (const value of values) expect(pattern.test(value), value).toBe(parseContinuedStories(value).includes(SLUG));
    expect(pattern.test(SLUG.toUpperCase())).toBe(false);
  });

  it('marks the gated pages private, uncacheable and varying by Cookie, and only them', () => {
    const headered = (pathname: string) => gateHeaders().some((rule) => compile(rule.source).test(pathname));
    for (const pathname of [STORY, `${STORY}.epub`, `${STORY}/sources`, `${STORY}/sources/heart`]) expect(headered(pathname), pathname).toBe(true);
    for (const pathname of ['/', `${STORY}/summary`, `${STORY}/citations.json`]) expect(headered(pathname), pathname).toBe(false);
  });

  it('knows every page the app has under a story: each folder under app/stories/[slug] is in STORY_PAGES', () => {
    const root = path.join(projectRoot, 'app', 'stories', '[slug]');
    const folders = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /(?:^|\/)(?:page\.tsx|route\.ts)$/.test(file))
      .map((file) => path.dirname(file).replace(/^\.$/, ''));
    expect(folders.sort()).toEqual(STORY_PAGES.map((page) => page.folder).sort());
  });

  it('gates exactly the pages STORY_PAGES says are gated', () => {
    for (const page of STORY_PAGES) {
      for (const rest of storyPageRests(page, ['heart'])) {
        const pathname = [STORY, ...rest].join('/');
        expect(ruleFor(pathname)?.destination.startsWith('/content-note/') ?? false, pathname).toBe(page.gated);
      }
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
