import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import { CATALOGUE, DIAGNOSTIC_CODES, formatDiagnostic } from '@/lib/content/diagnostics';
import { buildFixture, fixtureFiles, inMemoryStory, located } from '../../tests/support/fixtures';

/**
 * Each fixture case under tests/fixtures/<case>/stories/<slug>/ holds one story
 * with one kind of problem. Paths in diagnostics are relative to tests/fixtures,
 * as they are relative to the project for content/stories. Tests pin each
 * problem's place and code; where a message carries data (the closest passage,
 * the id that was meant), they check that the data is there, not the wording.
 */

const story = (fixtureCase: string) => `${fixtureCase}/stories/${fixtureCase}/story.mdx`;
const source = (fixtureCase: string, id: string) => `${fixtureCase}/stories/${fixtureCase}/sources/${id}.md`;
const error = (file: string, line: number, column: number, code: string) => ({ file, line, column, severity: 'error', code });
const warning = (file: string, line: number, column: number, code: string) => ({ file, line, column, severity: 'warning', code });
const problemsOf = (fixtureCase: string) => buildFixture(fixtureCase).diagnostics.map(located);
const messagesOf = (fixtureCase: string) => buildFixture(fixtureCase).diagnostics.map((d) => d.message);

describe('validating a story', () => {
  it('given the valid fixture, when built, it reports nothing and yields the story', () => {
    const result = buildFixture('valid');
    expect(result.diagnostics).toEqual([]);
    expect(result.story?.slug).toBe('teigen-essay');
  });

  describe('the log of changes', () => {
    it('given a first change that is not the publication, it reports that entry', () => {
      expect(problemsOf('changes-first-not-publication')).toEqual([error(story('changes-first-not-publication'), 10, 5, 'changes-first-not-publication')]);
    });

    it('given a change listed before an older one, it reports the one out of order', () => {
      expect(problemsOf('changes-out-of-order')).toEqual([error(story('changes-out-of-order'), 14, 5, 'changes-out-of-order')]);
    });

    it('given a change dated after the build, it reports it', () => {
      expect(problemsOf('changes-in-future')).toEqual([error(story('changes-in-future'), 12, 5, 'changes-in-future')]);
    });

    it('given an updated date that is not the latest change, it reports the updated field', () => {
      expect(problemsOf('changes-updated-mismatch')).toEqual([error(story('changes-updated-mismatch'), 5, 1, 'changes-updated-mismatch')]);
    });

    it('given a change whose date is not a real date, or with no summary, the schema reports the entry', () => {
      const files = fixtureFiles('changes-updated-mismatch');
      const text = files.story.text!.replace('updated: 2026-11-30', 'updated: 2026-12-01').replace('date: 2026-11-22', 'date: 2026-11-31').replace('summary: The citations changed form.', 'summary: ""');
      const codes = buildStory({ ...files, story: { ...files.story, text } }).diagnostics.map((d) => d.code);
      expect(codes).toEqual(['frontmatter-invalid', 'frontmatter-invalid']);
    });

    it('given a log that starts at publication, runs oldest first and ends at updated, it reports nothing', () => {
      const files = fixtureFiles('changes-updated-mismatch');
      const text = files.story.text!.replace('updated: 2026-11-30', 'updated: 2026-12-01');
      const result = buildStory({ ...files, story: { ...files.story, text } });
      expect(result.diagnostics).toEqual([]);
      expect(result.story?.meta.changes?.map((change) => change.date)).toEqual(['2026-11-22', '2026-12-01']);
    });
  });

  describe('citations', () => {
    it('given a Cite naming a source that does not exist, it reports the source attribute’s value and suggests the closest id', () => {
      const result = buildFixture('source-unknown');
      expect(result.story).toBeUndefined();
      expect(result.diagnostics.map(located)).toEqual([error(story('source-unknown'), 9, 72, 'source-unknown')]);
      expect(result.diagnostics[0]!.message).toContain('"heart"');
    });

    it('given quotes whose words differ from the source, it reports each at its quote, naming the changed words and the closest passage', () => {
      expect(problemsOf('quote-not-found')).toEqual([
        error(story('quote-not-found'), 9, 86, 'quote-not-found'),
        error(story('quote-not-found'), 10, 57, 'quote-not-found'),
      ]);
      const [first, second] = messagesOf('quote-not-found');
      expect(first).toContain('paragraph 3');
      expect(first).toContain('written "father", the article says "mother"');
      expect(first).toContain('"she asked John and her mother to take pictures"');
      expect(second).toContain('written "Teigen", the article says "Teigan"');
      expect(second).toContain('"Chrissy Teigan has explained why"');
    });

    it('given some quotes found and one not, it counts the citations verified and those written, though the story does not build', () => {
      const result = buildStory(inMemoryStory('A claim.<Cite source="heart" quote="a claim" />\nAnother.<Cite source="heart" quote="zebra" />\n', { heart: 'A claim. Another.' }));
      expect(result.story).toBeUndefined();
      expect(result.citations).toEqual({ verified: 1, total: 2 });
    });

    it('given a quote sharing no word with its source, it says the quote is not found without a meaningless hint', () => {
      const [only, ...rest] = buildStory(inMemoryStory('A claim.<Cite source="heart" quote="zebra quokka" />\n', { heart: 'A claim.' })).diagnostics;
      expect(rest).toEqual([]);
      expect(only!.code).toBe('quote-not-found');
      expect(only!.message).not.toContain('closest');
    });

    it('given a Cite with an empty quote, or none at all, it reports each', () => {
      expect(problemsOf('quote-empty')).toEqual([error(story('quote-empty'), 9, 86, 'quote-empty'), error(story('quote-empty'), 10, 19, 'quote-empty')]);
    });

    it('given a Cite without a source, it asks for one, and does not call the source it may mean unused', () => {
      const result = buildStory(inMemoryStory('A claim.<Cite quote="a claim" />\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map((d) => d.code)).toEqual(['cite-source-missing']);
    });

    it('given a quote found in more than one place, it warns, naming the places, and the first place wins', () => {
      const result = buildFixture('quote-ambiguous');
      expect(result.diagnostics.map(located)).toEqual([warning(story('quote-ambiguous'), 9, 70, 'quote-ambiguous')]);
      expect(result.diagnostics[0]!.message).toContain('paragraph 1 at 63, paragraph 3 at 2');
      const [citation] = result.story!.claims[0]!.citations;
      expect(citation).toMatchObject({ paragraph: 1, start: 62 });
    });

    it('given a source that no Cite names but that holds a cited passage, it warns at that source and still builds the story', () => {
      const result = buildFixture('source-uncited');
      expect(result.diagnostics.map(located)).toEqual([warning(source('source-uncited', 'wion'), 1, 1, 'source-uncited')]);
      expect(result.story?.claims[0]?.reports.map((report) => report.sourceId)).toEqual(['heart', 'wion']);
    });

    it('given a source the account neither cites nor finds a cited passage in, it refuses the story: readers would count it', () => {
      const result = buildFixture('source-unused');
      expect(result.diagnostics.map(located)).toEqual([error(source('source-unused', 'wion'), 1, 1, 'source-unused')]);
      expect(result.story).toBeUndefined();
    });

    it('given a source cited only by the summary, it counts as used', () => {
      const files = fixtureFiles('source-unused');
      const summary = { path: 'source-unused/stories/source-unused/summary.mdx', text: 'She wrote to her critics.<Cite source="wion" quote="Teigen addressed her critics" />\n' };
      expect(buildStory({ ...files, summary }).diagnostics).toEqual([]);
    });
  });

  describe('sources', () => {
    it('given two sources whose ids differ only in case, it reports the second as a duplicate of the first', () => {
      const files = fixtureFiles('one-source');
      const heart = files.sources.find((s) => s.id === 'heart')!;
      // Two files differing only in case cannot both live in a repository checked out on
      // macOS or Windows, so the second one is added in memory.
      const duplicate = { id: 'Heart', path: source('one-source', 'Heart'), text: heart.text };
      const result = buildStory({ ...files, sources: [...files.sources, duplicate] });
      expect(result.diagnostics.map(located)).toContainEqual(error(source('one-source', 'Heart'), 1, 1, 'source-duplicate'));
      expect(result.story).toBeUndefined();
    });

    it('given two sources with the very same id, it reports the second as a duplicate, naming the first', () => {
      const files = fixtureFiles('one-source');
      const copy = { ...files.sources[0]!, path: 'elsewhere/heart.md' };
      const result = buildStory({ ...files, sources: [...files.sources, copy] });
      expect(result.diagnostics.map(located)).toEqual([error('elsewhere/heart.md', 1, 1, 'source-duplicate')]);
      expect(result.diagnostics[0]!.message).toContain(source('one-source', 'heart'));
    });

    it('given a source with frontmatter and no text, it reports where its text should start', () => {
      expect(problemsOf('source-empty')).toContainEqual(error(source('source-empty', 'heart'), 7, 1, 'source-empty'));
    });

    it('given a caption number past the article’s last paragraph, it reports the captions field', () => {
      expect(problemsOf('caption-out-of-range')).toEqual([error(source('caption-out-of-range', 'heart'), 6, 1, 'caption-out-of-range')]);
      expect(messagesOf('caption-out-of-range')[0]).toContain('paragraph 40');
    });

    it('given an imported source whose saved page is gone, or is not the page imported, it reports its savedPage field', () => {
      expect(problemsOf('source-page-missing')).toEqual([error(source('source-page-missing', 'heart'), 6, 1, 'source-page-missing')]);
      expect(problemsOf('source-page-changed')).toEqual([error(source('source-page-changed', 'heart'), 6, 1, 'source-page-changed')]);
    });

    it('given an imported image with no alt text, it warns, naming the image, and invents none', () => {
      expect(problemsOf('source-figure-alt-missing')).toEqual([warning(source('source-figure-alt-missing', 'heart'), 6, 1, 'source-figure-alt-missing')]);
      expect(messagesOf('source-figure-alt-missing')[0]).toContain('https://example.org/photo.jpg');
      expect(buildFixture('source-figure-alt-missing').story?.sources[0]?.meta.figures?.[0]?.alt).toBeUndefined();
    });

    it('given a source file name that cannot be an address, it reports the file', () => {
      const result = buildStory(inMemoryStory('A claim.<Cite source="Heart_1" quote="a claim" />\n', { Heart_1: 'A claim.' }));
      expect(result.diagnostics.map((d) => d.code)).toContain('source-id');
    });
  });

  describe('frontmatter', () => {
    it('given a story without a required field, it reports the field at the start of the frontmatter', () => {
      expect(problemsOf('frontmatter-required')).toEqual([error(story('frontmatter-required'), 2, 1, 'frontmatter-required')]);
      expect(messagesOf('frontmatter-required')[0]).toContain('"summary"');
    });

    it('given fields of the wrong type, it reports each at its own line', () => {
      expect(problemsOf('frontmatter-invalid-type')).toEqual([
        error(source('frontmatter-invalid-type', 'wion'), 2, 1, 'frontmatter-invalid'),
        error(story('frontmatter-invalid-type'), 5, 1, 'frontmatter-invalid'),
        error(story('frontmatter-invalid-type'), 6, 1, 'frontmatter-invalid'),
      ]);
    });

    it('given a misspelt field, it reports it as unknown and suggests the field that was meant', () => {
      expect(problemsOf('frontmatter-unknown-field')).toEqual([error(source('frontmatter-unknown-field', 'wion'), 2, 1, 'frontmatter-unknown-field')]);
      expect(messagesOf('frontmatter-unknown-field')[0]).toContain('"outlet"');
    });

    it('given frontmatter that is not valid YAML, it reports the YAML error where it occurs', () => {
      expect(problemsOf('frontmatter-yaml')).toEqual([error(story('frontmatter-yaml'), 2, 8, 'frontmatter-yaml')]);
    });

    it('given dates that are badly written or do not exist, it reports one problem for each', () => {
      expect(problemsOf('frontmatter-invalid-date')).toEqual([
        error(source('frontmatter-invalid-date', 'wion'), 3, 1, 'frontmatter-invalid'),
        error(story('frontmatter-invalid-date'), 4, 1, 'frontmatter-invalid'),
      ]);
    });

    it('given a support resource whose address has no scheme, it reports one problem for it', () => {
      const files = fixtureFiles('valid');
      const text = files.story.text!.replace('topics:', 'support:\n  - name: The Miscarriage Association\n    url: miscarriageassociation.org.uk\ntopics:');
      const result = buildStory({ ...files, story: { ...files.story, text } });
      expect(result.diagnostics.map(located)).toEqual([error('valid/stories/teigen-essay/story.mdx', 6, 1, 'frontmatter-invalid')]);
      expect(result.diagnostics[0]!.message).toContain('"support.0.url"');
    });

    it('given a file without frontmatter, or with an unclosed one, it says which', () => {
      const story = (text: string) => buildStory({ ...inMemoryStory('', {}), story: { path: 'story.mdx', text } }).diagnostics.map((d) => d.code);
      // The body is checked still: its text is marked as the account's own words, so only the frontmatter is at fault.
      expect(story('<Own>Just text.</Own>\n')).toEqual(['frontmatter-missing']);
      expect(story('---\ntitle: T\n')).toEqual(['frontmatter-unterminated']);
      expect(story('---\n- a list\n---\n<Own>Text.</Own>\n')).toEqual(['frontmatter-not-mapping']);
    });
  });

  describe('every sentence accounted for', () => {
    it('given sentences no Cite follows and no <Own> marks, it reports each where it starts, a list item’s continuation too', () => {
      expect(problemsOf('sentence-uncited')).toEqual([
        error(story('sentence-uncited'), 9, 197, 'sentence-uncited'),
        error(story('sentence-uncited'), 12, 3, 'sentence-uncited'),
        error(story('sentence-uncited'), 12, 30, 'sentence-uncited'),
      ]);
      expect(messagesOf('sentence-uncited')[1]).toContain('"Dr. Smith agreed with her."');
    });

    it('counts the sentences marked as the account’s own words, whether or not the story builds', () => {
      expect(buildFixture('sentence-uncited').ownSentences).toBe(1);
      const marked = buildStory(inMemoryStory('<Own>\n\nThis account combines one article. It was written by hand.\n\n</Own>\n\nA claim.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' }));
      expect(marked.diagnostics).toEqual([]);
      expect(marked.ownSentences).toBe(2);
    });

    it('given a Cite inside <Own>, it reports the Cite: the account’s own words make no claim', () => {
      const result = buildStory(inMemoryStory('<Own>A claim.<Cite source="heart" quote="a claim" /></Own>\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map(located)).toEqual([error('stories/in-memory/story.mdx', 9, 14, 'own-words-cite')]);
    });

    it('keeps the account’s own words out of the words of the claim that follows them', () => {
      const result = buildStory(inMemoryStory('<Own>In short:</Own> a claim.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' }));
      expect(result.story?.claims.map((claim) => claim.text)).toEqual(['a claim.']);
    });
  });

  describe('the MDX body', () => {
    it('given a straight " inside quote="…", it reports the quote’s value with its own code, and still checks the rest of the file', () => {
      expect(problemsOf('attribute-inner-quote')).toEqual([
        error(story('attribute-inner-quote'), 9, 54, 'attribute-inner-quote'),
        error(story('attribute-inner-quote'), 10, 70, 'quote-not-found'),
        error(story('attribute-inner-quote'), 11, 1, 'sentence-uncited'),
      ]);
      expect(messagesOf('attribute-inner-quote')[0]).toContain(`quote='"I cannot express`);
    });

    it('accepts a quote enclosed in single marks that holds straight double ones, as the article has them', () => {
      const result = buildStory(inMemoryStory(`She said it.<Cite source="heart" quote='she said "a claim"' />\n`, { heart: 'Then she said "a claim".' }));
      expect(result.diagnostics).toEqual([]);
      expect(result.story?.claims[0]?.citations[0]).toMatchObject({ paragraph: 1, start: 5 });
    });

    it('given a block that does not parse, it reports it, sets it aside and still checks the blocks after it', () => {
      const result = buildStory(inMemoryStory('Some <b>bold claim.\n\nA claim.<Cite source="heart" quote="zebra" />\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map(located)).toEqual([
        error('stories/in-memory/story.mdx', 9, 1, 'mdx-syntax'),
        error('stories/in-memory/story.mdx', 11, 37, 'quote-not-found'),
      ]);
    });

    it('given a component never closed, it reports the line of its opening tag', () => {
      const result = buildStory(inMemoryStory('<Own>In short.</Own>\n\n<Sensitive topic="medical details">\n\nA claim.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map(located)).toEqual([error('stories/in-memory/story.mdx', 11, 1, 'mdx-syntax')]);
    });

    it('given MDX that does not parse, it reports where, with positions counted in the whole file, and still checks the sources', () => {
      expect(problemsOf('mdx-syntax')).toEqual([
        error(source('mdx-syntax', 'wion'), 4, 1, 'frontmatter-invalid'),
        error(story('mdx-syntax'), 9, 1, 'mdx-syntax'),
      ]);
      // Places quoted inside the parser's message count from the whole file too.
      expect(messagesOf('mdx-syntax')[1]).toContain('(10:48-10:139)');
    });

    it('given a component the reader does not know, it reports it and suggests the closest one', () => {
      expect(problemsOf('component-unknown')).toEqual([error(story('component-unknown'), 9, 58, 'component-unknown')]);
      expect(messagesOf('component-unknown')[0]).toContain('"Cite"');
    });

    it('given an attribute a component does not take, it reports it', () => {
      const result = buildStory(inMemoryStory('A claim.<Cite source="heart" quote="a claim" page="3" />\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map(located)).toEqual([error('stories/in-memory/story.mdx', 9, 9, 'attribute-unknown')]);
    });

    it('given a Cite with content between an opening and a closing tag, it asks for a self-closing Cite', () => {
      expect(problemsOf('cite-not-self-closing')).toEqual([error(story('cite-not-self-closing'), 9, 58, 'cite-not-self-closing')]);
    });

    it('given a Cite whose attributes are expressions or spreads, it asks for plain strings, once each', () => {
      expect(problemsOf('attribute-not-string')).toEqual([
        error(story('attribute-not-string'), 9, 58, 'attribute-not-string'),
        error(story('attribute-not-string'), 10, 19, 'attribute-spread'),
      ]);
    });

    it('given an expression, an import or an export in the body, it refuses each: content is never run', () => {
      const result = buildStory(inMemoryStory('import x from "y"\n\nA claim {1 + 1}.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map(located)).toEqual([
        error('stories/in-memory/story.mdx', 9, 1, 'mdx-expression'),
        error('stories/in-memory/story.mdx', 11, 9, 'mdx-expression'),
      ]);
    });

    it('given a Cite of a source whose own frontmatter is invalid, it reports the source, not an unknown id', () => {
      const files = inMemoryStory('A claim.<Cite source="heart" quote="a claim" />\n', { heart: 'A claim.' });
      files.sources[0]!.text = files.sources[0]!.text.replace('language: en', 'language: 42');
      expect(buildStory(files).diagnostics.map((d) => d.code)).toEqual(['frontmatter-invalid']);
    });

    it('given a Cite on a line of its own, apart from the claim, it asks for the Cite right after the claim, and says the claim cites nothing', () => {
      expect(problemsOf('cite-placement')).toEqual([
        error(story('cite-placement'), 9, 1, 'sentence-uncited'),
        error(story('cite-placement'), 11, 1, 'cite-placement'),
      ]);
    });

    it('given a sensitive passage without a topic, it asks for one', () => {
      const result = buildStory(inMemoryStory('<Sensitive>\n\nA claim.<Cite source="heart" quote="a claim" />\n\n</Sensitive>\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map(located)).toEqual([error('stories/in-memory/story.mdx', 9, 1, 'sensitive-topic-missing')]);
    });
  });

  describe('figures', () => {
    it.each([
      ['figure-alt-missing', 'figure-alt-missing'],
      ['figure-alt-file-name', 'figure-alt-file-name'],
      ['figure-alt-redundant', 'figure-alt-redundant'],
      ['figure-caption-repeats-alt', 'figure-caption-repeats-alt'],
    ])('given the %s fixture, it reports %s at the Figure', (fixtureCase, code) => {
      expect(problemsOf(fixtureCase)).toEqual([error(story(fixtureCase), 11, 1, code)]);
    });

    it('given a Figure without a caption or a credit, it asks for the caption and warns about the credit', () => {
      const result = buildStory(inMemoryStory('A claim.<Cite source="heart" quote="a claim" />\n\n<Figure alt="Two people at a table" />\n', { heart: 'A claim.' }));
      expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['figure-caption-missing', 'error'], ['figure-credit-missing', 'warning']]);
    });
  });

  describe('the story folder', () => {
    it('given a story folder without story.mdx, it says so at the file it expects', () => {
      const files = { ...inMemoryStory('', {}), story: { path: 'stories/in-memory/story.mdx' } };
      expect(buildStory(files).diagnostics.map(located)).toEqual([error('stories/in-memory/story.mdx', 1, 1, 'story-missing')]);
    });
  });

  describe('given a story with several problems in several files', () => {
    const result = buildFixture('many-errors');
    const file = 'many-errors/stories/teigen-essay/story.mdx';

    it('collects every one of them instead of stopping at the first, sorted by file and position', () => {
      expect(result.story).toBeUndefined();
      expect(result.diagnostics.map(located)).toEqual([
        error('many-errors/stories/teigen-essay/sources/eurweb.md', 3, 1, 'frontmatter-invalid'),
        error(file, 3, 1, 'frontmatter-unknown-field'),
        error(file, 5, 1, 'frontmatter-invalid'),
        error(file, 10, 72, 'source-unknown'),
        error(file, 11, 75, 'quote-not-found'),
        error(file, 13, 1, 'figure-alt-missing'),
      ]);
    });
  });
});

describe('printing a diagnostic', () => {
  it('puts its place first and its code last, as ESLint prints rule ids', () => {
    const [printed] = buildFixture('source-unknown').diagnostics.map(formatDiagnostic);
    expect(printed).toMatch(/^source-unknown\/stories\/source-unknown\/story\.mdx:9:72 error: .+ \[source-unknown\]$/);
  });

  it('has a title and a hint for every code, each a sentence of its own', () => {
    for (const code of DIAGNOSTIC_CODES) {
      expect(CATALOGUE[code].title, code).toMatch(/^\S.{8,}[^.]$/);
      expect(CATALOGUE[code].hint, code).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('has a stable, distinct code for every kind of problem', () => {
    expect(new Set(DIAGNOSTIC_CODES).size).toBe(DIAGNOSTIC_CODES.length);
    for (const code of DIAGNOSTIC_CODES) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});
