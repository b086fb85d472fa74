import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import { fixtureFiles, buildFixture, inMemoryStory } from '../../tests/support/fixtures';

/**
 * Each fixture case under tests/fixtures/<case>/stories/<slug>/ holds one story
 * with one kind of problem. Paths in diagnostics are relative to tests/fixtures,
 * as they are relative to the project for content/stories.
 */

const story = (fixtureCase: string) => `${fixtureCase}/stories/${fixtureCase}/story.mdx`;
const source = (fixtureCase: string, id: string) => `${fixtureCase}/stories/${fixtureCase}/sources/${id}.md`;
/** `message` is the exact text, or an asymmetric matcher such as expect.stringMatching(…). */
const error = (file: string, line: number, column: number, message: unknown) => ({ file, line, column, severity: 'error', message });
const warning = (file: string, line: number, column: number, message: unknown) => ({ file, line, column, severity: 'warning', message });

describe('validating a story', () => {
  it('given the valid fixture, when built, it reports nothing and yields the story', () => {
    const result = buildFixture('valid');
    expect(result.diagnostics).toEqual([]);
    expect(result.story?.slug).toBe('teigen-essay');
  });

  describe('citations', () => {
    it('given a Cite naming a source that does not exist, it reports the Cite and suggests the closest id', () => {
      const result = buildFixture('unknown-source');
      expect(result.story).toBeUndefined();
      expect(result.diagnostics).toEqual([
        error(story('unknown-source'), 9, 58, 'unknown source "haert"; did you mean "heart"? (known source ids: heart, wion)'),
      ]);
    });

    it('given quotes whose words differ from the source, it reports each with the closest passage of that source', () => {
      expect(buildFixture('quote-not-found').diagnostics).toEqual([
        error(story('quote-not-found'), 9, 58, 'quote not found in heart; closest passage (paragraph 3): "she asked John and her mother to take pictures"'),
        error(story('quote-not-found'), 10, 29, 'quote not found in heart; closest passage (paragraph 2): "Chrissy Teigan has explained why"'),
      ]);
    });

    it('given a Cite with an empty quote, or none at all, it reports each', () => {
      const message = 'empty quote: <Cite source="heart"> must quote the exact words it relies on (quote="…")';
      expect(buildFixture('empty-quote').diagnostics).toEqual([
        error(story('empty-quote'), 9, 58, message),
        error(story('empty-quote'), 10, 19, message),
      ]);
    });

    it('given a quote found in more than one place, it warns, naming the places, and the first place wins', () => {
      const result = buildFixture('ambiguous-quote');
      expect(result.diagnostics).toEqual([
        warning(story('ambiguous-quote'), 9, 43,
          'quote matches 2 places in wion (paragraph 1 at 63, paragraph 3 at 2); the first is used — quote more words to choose another'),
      ]);
      const [citation] = result.story!.claims[0]!.citations;
      expect(citation).toMatchObject({ paragraph: 1, start: 62 });
    });

    it('given a source that no claim cites, it warns at that source and still builds the story', () => {
      const result = buildFixture('uncited-source');
      expect(result.diagnostics).toEqual([
        warning(source('uncited-source', 'wion'), 1, 1, `source "wion" is never cited in ${story('uncited-source')}`),
      ]);
      expect(result.story).toBeDefined();
    });
  });

  describe('sources', () => {
    it('given two sources whose ids differ only in case, it reports the second as a duplicate of the first', () => {
      const files = fixtureFiles('duplicate-source-id');
      const heart = files.sources.find((s) => s.id === 'heart')!;
      // Two files differing only in case cannot both live in a repository checked out on
      // macOS or Windows, so the second one is added in memory.
      const duplicate = { id: 'Heart', path: source('duplicate-source-id', 'Heart'), text: heart.text };
      const result = buildStory({ ...files, sources: [...files.sources, duplicate] });
      expect(result.diagnostics).toContainEqual(
        error(source('duplicate-source-id', 'Heart'), 1, 1,
          `duplicate source id "Heart": ${source('duplicate-source-id', 'heart')} already uses it (ids are compared without case, as URLs and some file systems do)`),
      );
      expect(result.story).toBeUndefined();
    });

    it('given two sources with the very same id, it reports the second as a duplicate', () => {
      const files = fixtureFiles('duplicate-source-id');
      const copy = { ...files.sources[0]!, path: 'elsewhere/heart.md' };
      const result = buildStory({ ...files, sources: [...files.sources, copy] });
      expect(result.diagnostics).toEqual([
        error('elsewhere/heart.md', 1, 1, `duplicate source id "heart": ${source('duplicate-source-id', 'heart')} already uses it (ids are compared without case, as URLs and some file systems do)`),
      ]);
    });
  });

  describe('frontmatter', () => {
    it('given a story without a required field, it reports the field at the start of the frontmatter', () => {
      expect(buildFixture('frontmatter-missing-field').diagnostics).toEqual([
        error(story('frontmatter-missing-field'), 2, 1, 'frontmatter field "summary" is required'),
      ]);
    });

    it('given fields of the wrong type, it reports each at its own line', () => {
      expect(buildFixture('frontmatter-wrong-type').diagnostics).toEqual([
        error(source('frontmatter-wrong-type', 'wion'), 2, 1, 'frontmatter field "headline" must be true or false'),
        error(story('frontmatter-wrong-type'), 5, 1, 'frontmatter field "language" must be a language tag such as "en"'),
        error(story('frontmatter-wrong-type'), 6, 1, 'frontmatter field "topics" must be a list of topics'),
      ]);
    });

    it('given a misspelt field, it reports it as unknown and suggests the field that was meant', () => {
      expect(buildFixture('frontmatter-unknown-field').diagnostics).toEqual([
        error(source('frontmatter-unknown-field', 'wion'), 2, 1,
          'unknown frontmatter field "outlett"; did you mean "outlet"? (known fields: title, headline, outlet, label, url, urlNote, published, language, captions, importedFrom)'),
      ]);
    });

    it('given frontmatter that is not valid YAML, it reports the YAML error where it occurs', () => {
      expect(buildFixture('frontmatter-invalid-yaml').diagnostics).toEqual([
        error(story('frontmatter-invalid-yaml'), 2, 8, 'frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings'),
      ]);
    });

    it('given dates that are badly written or do not exist, it reports one problem for each', () => {
      expect(buildFixture('frontmatter-bad-date').diagnostics).toEqual([
        error(source('frontmatter-bad-date', 'wion'), 3, 1, 'frontmatter field "published" is not a real calendar date'),
        error(story('frontmatter-bad-date'), 4, 1, 'frontmatter field "published" must be a date written YYYY-MM-DD'),
      ]);
    });

    it('given a support resource whose address has no scheme, it reports one problem for it', () => {
      const files = fixtureFiles('valid');
      const text = files.story.text.replace('topics:', 'support:\n  - name: The Miscarriage Association\n    url: miscarriageassociation.org.uk\ntopics:');
      expect(buildStory({ ...files, story: { ...files.story, text } }).diagnostics).toEqual([
        error('valid/stories/teigen-essay/story.mdx', 6, 1, 'frontmatter field "support.0.url" must be a full web address starting with https://'),
      ]);
    });
  });

  describe('the MDX body', () => {
    it('given MDX that does not parse, it reports where, with positions counted in the whole file, and still checks the sources', () => {
      expect(buildFixture('mdx-syntax-error').diagnostics).toEqual([
        error(source('mdx-syntax-error', 'wion'), 4, 1, 'frontmatter field "language" must be a language tag such as "en" or "en-GB"'),
        error(story('mdx-syntax-error'), 9, 1, 'MDX does not parse: Expected a closing tag for `<Cite>` (10:48-10:139) before the end of `paragraph`'),
      ]);
    });

    it('given a component the reader does not know, it reports it and suggests the closest one', () => {
      expect(buildFixture('unknown-component').diagnostics).toEqual([
        error(story('unknown-component'), 9, 58, 'unknown component <Citation>; did you mean "Cite"? (known components: Cite, Figure, Sensitive)'),
      ]);
    });

    it('given a Cite with content between an opening and a closing tag, it asks for a self-closing Cite', () => {
      expect(buildFixture('cite-not-self-closing').diagnostics).toEqual([
        error(story('cite-not-self-closing'), 9, 58, '<Cite> must be self-closing: <Cite source="…" quote="…" />'),
      ]);
    });

    it('given a Cite whose attributes are expressions or spreads, it asks for plain strings, once each', () => {
      const diagnostics = buildFixture('cite-expression-attribute').diagnostics;
      expect(diagnostics).toContainEqual(
        error(story('cite-expression-attribute'), 9, 58, '<Cite> quote must be a plain string (quote="…"); expressions in braces are not run here'),
      );
      expect(diagnostics).toContainEqual(
        error(story('cite-expression-attribute'), 10, 19, '<Cite> takes only named string attributes, not {…} spreads'),
      );
      // The expression is not reported a second time as an empty quote.
      expect(diagnostics.filter((d) => d.line === 9)).toHaveLength(1);
    });

    it('given a Cite of a source whose own frontmatter is invalid, it reports the source, not an unknown id', () => {
      const files = inMemoryStory('A claim.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' });
      files.sources[0]!.text = files.sources[0]!.text.replace('language: en', 'language: 42');
      const messages = buildStory(files).diagnostics.map((d) => d.message);
      expect(messages).toEqual(['frontmatter field "language" must be a language tag such as "en"']);
    });

    it('given a quote sharing no word with its source, it says the quote is not found without a meaningless hint', () => {
      const messages = buildStory(inMemoryStory('A claim.<Cite source="heart" quote="zebra quokka" />\n', { heart: 'A claim.' })).diagnostics.map((d) => d.message);
      expect(messages).toEqual(['quote not found in heart']);
    });

    it('given a Cite on a line of its own, apart from the claim, it asks for the Cite right after the claim', () => {
      const result = buildFixture('cite-own-paragraph');
      expect(result.diagnostics).toEqual([
        error(story('cite-own-paragraph'), 11, 1, '<Cite> must follow the words it supports, in the same paragraph (put it right after the claim)'),
      ]);
    });
  });

  describe('figures', () => {
    it('given a Figure without alt text, it reports it', () => {
      expect(buildFixture('figure-alt-missing').diagnostics).toEqual([
        error(story('figure-alt-missing'), 11, 1, '<Figure> needs alt text that describes the photograph (alt="…")'),
      ]);
    });

    it('given alt text that is a file name, it reports it', () => {
      expect(buildFixture('figure-alt-file-name').diagnostics).toEqual([
        error(story('figure-alt-file-name'), 11, 1, '<Figure> alt text "IMG_4021.JPG" is a file name; describe what the photograph shows'),
      ]);
    });

    it('given alt text that starts "Image of", it reports it', () => {
      expect(buildFixture('figure-alt-image-of').diagnostics).toEqual([
        error(story('figure-alt-image-of'), 11, 1, '<Figure> alt text should not start with "Image of": screen readers already say it is an image'),
      ]);
    });

    it('given a caption that only repeats the alt text (give or take a full stop), it reports it', () => {
      expect(buildFixture('figure-alt-same-as-caption').diagnostics).toEqual([
        error(story('figure-alt-same-as-caption'), 11, 1, '<Figure> caption repeats the alt text; the caption should add context (what, when, who took it)'),
      ]);
    });
  });

  describe('given a story with several problems in several files', () => {
    const result = buildFixture('many-errors');
    const file = 'many-errors/stories/teigen-essay/story.mdx';

    it('collects every one of them instead of stopping at the first', () => {
      expect(result.story).toBeUndefined();
      expect(result.diagnostics).toEqual(expect.arrayContaining([
        error('many-errors/stories/teigen-essay/sources/eurweb.md', 3, 1, 'frontmatter field "published" is not a real calendar date'),
        error(file, 3, 1, expect.stringMatching(/^unknown frontmatter field "subtitle"; did you mean "title"\?/)),
        error(file, 5, 1, 'frontmatter field "published" must be a date written YYYY-MM-DD'),
        error(file, 10, 58, 'unknown source "haert"; did you mean "heart"? (known source ids: heart, wion)'),
        error(file, 11, 48, 'quote not found in wion; closest passage (paragraph 1): "I cannot express how little I care that you hate the photos"'),
        error(file, 13, 1, '<Figure> needs alt text that describes the photograph (alt="…")'),
        warning('many-errors/stories/teigen-essay/sources/heart.md', 1, 1, `source "heart" is never cited in ${file}`),
      ]));
      expect(result.diagnostics).toHaveLength(7);
    });
  });
});
