import { expect, test } from '@playwright/test';
import { getStory } from '../../lib/content/store';
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { hrefTo, paragraphId } from '../../lib/view/anchors';
import { claimOpening, supportSentence } from '../../lib/view/labels';
import { claimPath, sourcePath, storyPath } from '../../lib/view/routes';
import { findChromium } from '../support/chromium';
import { OrcaSession } from '../screen-reader/orca';
import { between, markerShare, repeats, unknownWords, wordsOf, type Step } from '../screen-reader/speech';

/**
 * A real screen reader, GNOME Orca, reading the story in Chromium as a blind
 * reader would (tests/screen-reader/): arriving at the content note, reading
 * line by line, the whole account, a marker's note opened and closed, a link
 * back to a claim. It asserts on what Orca says: the account first, the
 * apparatus brief, no mode switch, nothing said twice, no words run together.
 * One session for the file, in order, as one reader's visit.
 */

const SLUG = 'teigen-pregnancy-loss-essay';
const story = getStory(SLUG)!;
const [firstClaim] = story.claims;

/** What Orca adds of its own: roles, states, landmarks, its messages, and the names it gives symbols. */
const ORCA_WORDS = new Set(
  (
    'link visited heading level list with item items bullet leaving banner navigation main content article form push button ' +
    'information region landmark landmarks headings unvisited links page has loading please wait finished document web ' +
    'middle dot selection deleted omnibox popup block quote blockquote group separator complementary contentinfo footer ' +
    'wrapping to top bottom focus browse mode section note entry panel figure image caption'
  ).split(' '),
);

const said = (steps: readonly Step[]) => steps.flatMap((step) => step.said);
/** What the reader means by the words spoken: Orca's "Finished loading <title>" and page summary are the browser's, not the page's. */
const pageSpeech = (steps: readonly Step[]) => said(steps).filter((utterance) => !/^(Finished loading|Loading\.|Page has )/.test(utterance));
const count = (utterances: readonly string[], text: string) => utterances.filter((utterance) => utterance.includes(text)).length;

let orca: OrcaSession;
let base = '';
let pageWords = new Set<string>();

/** Every word a page holds, in its text and in the names its markup gives: what Orca may legitimately say of it. */
async function wordsOfPages(paths: string[]) {
  const words = new Set<string>();
  for (const pathname of paths) {
    const html = await (await fetch(new URL(pathname, base), { headers: { cookie: `${CONTENT_NOTE_COOKIE}=${SLUG}` } })).text();
    const text = html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/\b(?:aria-label|alt|title)="([^"]*)"/g, ' $1 <')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&[a-z]+;/g, ' ');
    for (const word of wordsOf([text])) words.add(word.toLowerCase());
  }
  return words;
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000);
  base = baseURL!;
  const browser = findChromium();
  if (!browser) throw new Error('No Chromium for the screen reader: install Debian\'s chromium or set CHROMIUM_PATH');
  pageWords = await wordsOfPages([storyPath(SLUG), `/content-note/${SLUG}`, sourcePath(SLUG, firstClaim!.citations[0]!.sourceId)]);
  orca = OrcaSession.start('about:blank', browser);
});

test.afterAll(() => orca?.stop());

test('arriving: the content note’s heading is spoken once, and continuing lands on the story’s heading, spoken once, in browse mode', async () => {
  const arrival = await orca.open(new URL(storyPath(SLUG), base).href);
  expect(count(pageSpeech([arrival]), `Content note : ${story.meta.title}`), said([arrival]).join(' ⏐ ')).toBe(1);
  const toContinue = await orca.press('Tab');
  expect(said([toContinue]).join(' ')).toContain('Continue to the story push button');
  const landed = await orca.press('Return', { maxSeconds: 60 });
  const heard = pageSpeech([landed]);
  expect(count(heard, story.meta.title), heard.join(' ⏐ ')).toBe(1);
  expect(said([landed]).join(' ')).not.toMatch(/Focus mode/);
});

test('reading a paragraph line by line: each marker is its short name and role, and the reading keys keep working', async () => {
  await orca.press('ctrl+Home');
  const headings = await orca.pressAll(['h', 'h']);
  expect(said(headings).join(' ')).toContain(`${story.sections[0]!.title} heading level 2`);
  const lines = await orca.pressAll(Array(6).fill('Down'));
  expect(lines.every((line) => line.said.length > 0), lines.map((line) => line.said.join(' ⏐ ')).join('\n')).toBe(true);
  const heard = said(lines).join(' ');
  expect(heard).toMatch(/\b\d articles? link\b/);
  expect(heard).not.toMatch(/push button|collapsed|expanded|Focus mode|of 5 articles/);
});

test('the account read through: markers are at most a tenth of the words, no note is read in passing, no role noise, no words run together', async () => {
  await orca.press('ctrl+Home');
  await orca.pressAll(['h', 'h']);
  const sayAll = await orca.press('KP_Add', { maxSeconds: 90 });
  const account = between(said([sayAll]), story.sections[0]!.title, 'If this story affects you');
  const share = markerShare(account);
  test.info().annotations.push({ type: 'marker speech', description: `${share.markerWords} of ${share.words} words (${(share.share * 100).toFixed(1)}%)` });
  await test.info().attach('what Orca said for the account', { body: account.join('\n'), contentType: 'text/plain' });
  expect(account.length).toBeGreaterThan(story.claims.length);
  expect([...account.join(' ').matchAll(/\b\d+ articles? (?:visited )?link\b/g)]).toHaveLength(story.claims.length);
  expect(share.share, JSON.stringify(share)).toBeLessThanOrEqual(0.1);
  expect(account.join(' ')).not.toMatch(/tree level|report this\.|Close note/);
  // The one group a listener hears entered and left: each passage with its own note ("Passage with medical details panel … leaving panel.").
  expect(account.filter((utterance) => /\bpanel\b/.test(utterance))).toHaveLength(2 * story.sensitives.length);
  expect(unknownWords(said([sayAll]), pageWords, ORCA_WORDS)).toEqual([]);
  expect(repeats(said([sayAll]))).toEqual([]);
});

/** From the top to the first section's first marker, by the keys a reader uses: its heading, then Tab. */
async function toFirstMarker() {
  await orca.press('ctrl+Home');
  await orca.pressAll(['h', 'h']);
  return orca.press('Tab');
}

test('a marker’s note: Tab reaches the marker in browse mode, and the note is read once, beginning with its claim, where the claim is', async () => {
  const marker = await toFirstMarker();
  expect(marker.said.join(' ')).toMatch(/^\d articles? link\.?$/);
  const opened = await orca.press('Return');
  expect(opened.said, 'the note is read once').toHaveLength(1);
  expect(opened.said[0]!.startsWith(claimOpening(firstClaim!)), opened.said[0]).toBe(true);
  const last = firstClaim!.citations.at(-1)!;
  const read = await orca.pressUntil('Down', new RegExp(`paragraph ${last.paragraph} link`), 8);
  const note = said([opened, ...read]).join(' ');
  await test.info().attach('what Orca said for an opened note', { body: [marker, opened, ...read].map((step) => `${step.key} → ${step.said.join(' ⏐ ')}`).join('\n'), contentType: 'text/plain' });
  expect(note).toContain(supportSentence(firstClaim!, story).split(' ').slice(0, 3).join(' '));
  expect(note).toContain('Close note link');
  for (const citation of firstClaim!.citations) expect(note).toContain(`paragraph ${citation.paragraph} link`);
  expect(repeats(said([opened, ...read]))).toEqual([]);
  expect(said([marker, opened, ...read]).join(' ')).not.toMatch(/Focus mode/);
});

test('closing a note returns the reader to the claim’s words, read once, and the reading keys keep working', async () => {
  await toFirstMarker();
  await orca.press('Return');
  const close = await orca.press('Tab');
  expect(close.said.join(' ')).toContain('Close note link');
  const closed = await orca.press('Return');
  expect(closed.said, 'the claim is read once').toHaveLength(1);
  expect(firstClaim!.text.startsWith(closed.said[0]!.trim()), closed.said[0]).toBe(true);
  const after = await orca.pressAll(['Down', 'h']);
  expect(after.every((step) => step.said.length > 0), 'the reading keys work after Close').toBe(true);
  expect(said(after).join(' ')).toContain(`${story.sections[1]!.title} heading level 2`);
  expect(said([close, closed, ...after]).join(' ')).not.toMatch(/Focus mode/);
});

test('a link back to a claim from an archived article lands on the claim’s words, read once', async () => {
  const citation = firstClaim!.citations[0]!;
  // Straight to the paragraph the claim cites, as a note's link leads there; its links back follow it.
  await orca.open(new URL(`${sourcePath(SLUG, citation.sourceId)}${hrefTo(paragraphId(citation.paragraph))}`, base).href);
  await orca.pressUntil('k', new RegExp(`\\bclaim ${firstClaim!.number} (?:visited )?link`), 40);
  const landed = await orca.press('Return', { maxSeconds: 60 });
  const heard = pageSpeech([landed]);
  expect(heard.length, said([landed]).join(' ⏐ ')).toBeGreaterThan(0);
  expect(firstClaim!.text.startsWith(heard.at(-1)!.trim()), heard.join(' ⏐ ')).toBe(true);
  expect(count(heard, heard.at(-1)!)).toBe(1);
  expect(new URL(claimPath(SLUG, firstClaim!), base).hash).toBe(`#${firstClaim!.id}`);
});
