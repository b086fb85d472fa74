import { parseAtomFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getStory } from '../content/store';
import { storiesFeed } from './feed';
import { scriptSafeJson, storyStructuredData } from './structured-data';

/** What the feed and the JSON-LD carry comes from authors' frontmatter: markup in it must arrive as text. */
const story = getStory('teigen-pregnancy-loss-essay')!;
const HOSTILE = '</title></script><script>alert(1)</script><!-- & "quoted" \u2028 ]]>';
const hostile = { ...story, meta: { ...story.meta, title: HOSTILE, summary: HOSTILE, topics: [HOSTILE] } };

describe('escaping in the formats', () => {
  it('the feed stays well-formed and gives a hostile title, summary and topic back as the same text', () => {
    const xml = storiesFeed([hostile]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const entry = parseAtomFeed(xml).entries![0]!;
    expect(entry.title?.value).toBe(HOSTILE);
    expect(entry.summary?.value).toContain(HOSTILE);
    expect(entry.categories?.[0]?.term).toBe(HOSTILE);
  });

  it('JSON-LD cannot close its script element or open a comment, and parses back to the same data', () => {
    const data = storyStructuredData(hostile);
    const json = scriptSafeJson(data);
    expect(json).not.toMatch(/<\/|<!--|\u2028/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
