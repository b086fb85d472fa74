import { describe, expect, it } from 'vitest';
import { buildStory } from '@/lib/content/build';
import { findAll, fold, foldTypography } from '@/lib/matching/fold';
import { passageText } from '@/lib/view/story-index';
import { inMemoryStory, IN_MEMORY_BODY_LINE } from '../../tests/support/fixtures';

/** Every verbatim stretch of `source` that `quote` matches, as the source's own text. */
const matches = (source: string, quote: string) =>
  findAll(foldTypography(source), fold(quote)).map(({ start, end }) => source.slice(start, end));

const EURWEB_MILES =
  '“He hated it. I could tell,” Teigen said. “It didn’t make sense to him at the time. But I knew I needed to know of this moment forever, the same way I needed to remember us kissing at the end of the aisle, the same way I needed to remember our tears of joy after [son Miles Theodore, 2, and daughter Luna Simone, 4½]. And I absolutely knew I needed to share this story.”';

describe('matching a quote against a source, forgiving typography only', () => {
  describe('quotation marks and apostrophes', () => {
    it('given a quote with straight quotes, when matched, it finds the curly-quoted source text', () => {
      expect(matches(EURWEB_MILES, '"He hated it. I could tell," Teigen said.')).toEqual(['“He hated it. I could tell,” Teigen said.']);
    });

    it('given a quote with curly quotes, when matched, it finds the straight-quoted source text', () => {
      const source = '"It didn\'t make sense to him at the time."';
      expect(matches(source, '“It didn’t make sense to him at the time.”')).toEqual([source]);
    });

    it('given one source mixing curly and straight quotes, it forgives each of them', () => {
      const heart = '"I cannot express how little I care that you hate the photos. How little I care that it’s something you wouldn’t have done,” she said.';
      expect(matches(heart, '“I cannot express how little I care that you hate the photos. How little I care that it\'s something you wouldn\'t have done," she said.')).toEqual([heart]);
    });
  });

  describe('dashes', () => {
    const source002 = 'In an essay posted on Medium--which cannot be described in any way but heartbreaking--the model and cookbook author shared';

    it('given an em dash where the source has a double hyphen, it matches', () => {
      expect(matches(source002, 'Medium—which cannot be described')).toEqual(['Medium--which cannot be described']);
    });

    it('given a spaced en dash where the source has an unspaced double hyphen, it matches', () => {
      expect(matches(source002, 'heartbreaking – the model')).toEqual(['heartbreaking--the model']);
    });

    it('given an unspaced em dash where the source has a spaced hyphen, it matches', () => {
      const heart = 'The 34-year-old - who shares children Miles and Luna with husband John Legend - posted a string of heartbreaking pictures';
      expect(matches(heart, 'The 34-year-old—who shares children')).toEqual(['The 34-year-old - who shares children']);
    });

    it('given a quote that drops a dash altogether, it does not match: the dash stands between words', () => {
      expect(matches(source002, 'Medium which cannot')).toEqual([]);
    });
  });

  describe('ellipses', () => {
    it('given three dots where the source has an ellipsis character, it matches and the range covers the ellipsis', () => {
      expect(matches('I cried a little at first… then went into full blown convulsions', 'at first... then went')).toEqual(['at first… then went']);
    });

    it('given an ellipsis character where the source has three dots, it matches', () => {
      expect(matches("'you probably won't read this, but...' I can assure you, I did.", "won't read this, but…' I can assure you")).toEqual([
        "won't read this, but...' I can assure you",
      ]);
    });
  });

  describe('whitespace and case', () => {
    it('given a quote broken over lines with runs of spaces, it matches the single-spaced source', () => {
      expect(matches(EURWEB_MILES, 'It didn’t make   sense\n  to him\tat the time.')).toEqual(['It didn’t make sense to him at the time.']);
    });

    it('given a quote with leading and trailing space, it ignores that space', () => {
      expect(matches(EURWEB_MILES, '  I could tell  ')).toEqual(['I could tell']);
    });

    it('given a quote in a different case, it matches', () => {
      expect(matches('and that I did NOT want to have to ever ask.', 'I did not want to have to ever ask')).toEqual(['I did NOT want to have to ever ask']);
    });
  });

  describe('words', () => {
    it('given a bracketed editorial insertion quoted exactly, it matches', () => {
      const quote = 'tears of joy after [son Miles Theodore, 2, and daughter Luna Simone, 4½]. And I absolutely knew';
      expect(matches(EURWEB_MILES, quote)).toEqual([quote]);
    });

    it('given a quote that drops the bracketed insertion, it does not match', () => {
      expect(matches(EURWEB_MILES, 'our tears of joy after. And I absolutely knew')).toEqual([]);
      expect(matches(EURWEB_MILES, 'our tears of joy after [son Miles Theodore, 2, and daughter Luna Simone]. And')).toEqual([]);
    });

    it('given parentheses where the source has brackets, it does not match: the brackets are the outlet’s words', () => {
      expect(matches('our tears of joy after [children] Luna and Miles.', 'our tears of joy after (children) Luna and Miles.')).toEqual([]);
    });

    it('given a quote that corrects the source’s misspelling, it does not match', () => {
      expect(matches('Teigen and her husband John Legend loss their son Jack', 'John Legend lost their son Jack')).toEqual([]);
      expect(matches('Chrissy Teigan has explained why she shared', 'Chrissy Teigen has explained')).toEqual([]);
    });

    it('given a quote with one word changed, it does not match', () => {
      expect(matches(EURWEB_MILES, 'He hated it. I could see')).toEqual([]);
    });
  });

  describe('word boundaries', () => {
    it('given a quote that starts inside a word of the source, it does not match there', () => {
      expect(matches('She hated it.', 'he hated it')).toEqual([]);
    });

    it('given a quote that ends inside a word of the source, it does not match there', () => {
      expect(matches('He hated it.', 'He hate')).toEqual([]);
    });

    it('given the same words once inside a longer word and once on their own, it matches only the whole words', () => {
      const source = 'She hated it; he hated it too.';
      const ranges = findAll(foldTypography(source), fold('he hated it'));
      expect(ranges).toEqual([{ start: 14, end: 25 }]);
      expect(source.slice(14, 25)).toBe('he hated it');
    });
  });

  describe('the returned range', () => {
    it('is a range of the original verbatim paragraph, so slicing the source gives the source’s own text', () => {
      const [range] = findAll(foldTypography(EURWEB_MILES), fold('"It didn\'t make sense to him at the time.'));
      expect(range).toEqual({ start: 42, end: 83 });
      expect(EURWEB_MILES.slice(range!.start, range!.end)).toBe('“It didn’t make sense to him at the time.');
    });

    it('stays exact after characters outside the Basic Multilingual Plane (emoji)', () => {
      const tweet = 'Phew 😭 I just had a full on panic attack of more tear snot';
      expect(matches(tweet, 'a full on panic attack')).toEqual(['a full on panic attack']);
      expect(matches(tweet, 'Phew 😭 I just')).toEqual(['Phew 😭 I just']);
    });

    it('lists every occurrence, in order', () => {
      const wion = 'wrote, "I cannot express how little I care that you hate the photos." "I cannot express how little I care," she writes.';
      expect(findAll(foldTypography(wion), fold('I cannot express how little I care'))).toEqual([
        { start: 8, end: 42 },
        { start: 71, end: 105 },
      ]);
    });

    it('is never produced for an empty or blank quote', () => {
      expect(findAll(foldTypography(EURWEB_MILES), fold(''))).toEqual([]);
      expect(findAll(foldTypography(EURWEB_MILES), fold(' \n ')).length).toBe(0);
    });
  });
});

describe('resolving a citation in a story', () => {
  const sources = {
    eurweb: `Teigen initially shared news of her misscarriage on Instagram Sept. 30.\n\n${EURWEB_MILES}\n`,
  };

  it('given a straight-quoted quote of a curly-quoted source, when the story is built, the citation points at the verbatim passage', () => {
    const result = buildStory(inMemoryStory('She said he hated it.<Cite source="eurweb" quote=\'"He hated it. I could tell," Teigen said.\' />\n', sources));
    expect(result.diagnostics).toEqual([]);
    const [citation] = result.story!.claims[0]!.citations;
    expect(citation).toMatchObject({ sourceId: 'eurweb', paragraph: 2, start: 0, end: 41 });
    expect(passageText(result.story!, citation!)).toBe('“He hated it. I could tell,” Teigen said.');
  });

  it('given a quote with the bracketed insertion kept, when built, it resolves; given one without it, the build fails', () => {
    const kept = buildStory(inMemoryStory('Their children are Miles and Luna.<Cite source="eurweb" quote="[son Miles Theodore, 2, and daughter Luna Simone, 4½]" />\n', sources));
    expect(kept.diagnostics).toEqual([]);
    expect(passageText(kept.story!, kept.story!.claims[0]!.citations[0]!)).toBe('[son Miles Theodore, 2, and daughter Luna Simone, 4½]');

    const dropped = buildStory(inMemoryStory('Their children are Miles and Luna.<Cite source="eurweb" quote="our tears of joy after. And I absolutely knew" />\n', sources));
    expect(dropped.story).toBeUndefined();
    expect(dropped.diagnostics).toEqual([
      expect.objectContaining({ line: IN_MEMORY_BODY_LINE, column: 64, severity: 'error', code: 'quote-not-found', message: expect.stringContaining('paragraph 2') }),
    ]);
  });

  it('given a quote that spans two paragraphs of the source, it does not match: a passage lies within one paragraph', () => {
    const result = buildStory(inMemoryStory('She shared the news.<Cite source="eurweb" quote="on Instagram Sept. 30. “He hated it." />\n', sources));
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^quote not found in eurweb/)]);
  });
});
