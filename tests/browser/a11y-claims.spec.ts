/**
 * One marker per claim: citations that read well aloud, stay light, and leave
 * the archived articles readable. Every story and summary of the site, as
 * crawled, against the content pipeline's own account of its claims.
 */
import { buildStory } from '../../lib/content/build';
import { readStoryFiles } from '../../lib/content/files';
import type { Story, StoryDocument } from '../../lib/content/model';
import { passageText } from '../../lib/view/story-index';
import { expect, expectNoProblems, test, visit, type SitePage } from './a11y-fixtures';
import { CLAIM, claimOpeningProblem, claimParts, MARKER_NAME, openNote } from './support';

const built = new Map<string, Story>();
/** The story a page belongs to, built by the pipeline from content/, as the server built it. */
function storyOf(entry: SitePage): Story {
  const slug = /^\/stories\/([^/]+)/.exec(entry.path)![1]!;
  if (!built.has(slug)) built.set(slug, buildStory(readStoryFiles(slug)!).story!);
  return built.get(slug)!;
}
const documentOf = (entry: SitePage): StoryDocument => (entry.kind === 'summary' ? storyOf(entry).summary! : storyOf(entry));
const withClaims = (pages: SitePage[]) => pages.filter((p) => (p.kind === 'story' && p.continued) || p.kind === 'summary');

test('every claim has exactly one marker, right after its words, whose name counts the articles that report it, explained once before the first', async ({ page, site, baseURL }) => {
  const pages = withClaims(site.pages);
  expect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const entry of pages) {
    await visit(page, baseURL!, site, entry);
    const document = documentOf(entry);
    // Each claim's words, and what stands right after them: the marker a screen reader meets next.
    const markers = await page.locator(`.story-body ${CLAIM.words}`).evaluateAll(
      (claims, selector) =>
        claims.map((claim) => {
          const next = claim.nextElementSibling;
          const marker = next?.matches(selector) ? next : undefined;
          const all = claim.ownerDocument.querySelectorAll(`[id="${claim.id}-marker"]`).length;
          return { id: claim.id, name: (marker?.getAttribute('aria-label') ?? marker?.textContent ?? `no marker after it (${all} with its id)`).trim(), visible: (marker?.textContent ?? '').trim(), own: marker?.id === `${claim.id}-marker` && all === 1 };
        }),
      CLAIM.marker,
    );
    const total = await page.locator(`.story-body ${CLAIM.marker}`).count();
    if (markers.length !== document.claims.length || total !== document.claims.length) problems.push(`${entry.label}: ${total} markers and ${markers.length} claims' words for ${document.claims.length} claims`);
    document.claims.forEach((claim, index) => {
      const marker = markers[index];
      const count = MARKER_NAME.exec(marker?.name ?? '');
      if (!marker || marker.id !== claim.id || !marker.own) problems.push(`${entry.label}: claim ${claim.number} has no marker of its own (${marker?.name})`);
      else if (!count || Number(count[1]) !== claim.reports.length) problems.push(`${entry.label}: claim ${claim.number}'s marker is named "${marker.name}", but ${claim.reports.length} articles report it`);
      else if (marker.name.length > 60 || !marker.name.includes(marker.visible)) problems.push(`${entry.label}: "${marker.name}" is long or hides its visible text`);
    });
    // What the markers count is said once, before the first of them, with the story's own number of articles.
    const explained = await page.locator('.story-body').evaluate((body, selector) => {
      const lines = [...body.querySelectorAll('.markers-explained')];
      const first = body.querySelector(selector);
      return { count: lines.length, text: lines[0]?.textContent ?? '', before: Boolean(first && lines[0] && lines[0].compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) };
    }, CLAIM.marker);
    const articles = storyOf(entry).sources.length;
    if (explained.count !== 1 || !explained.before) problems.push(`${entry.label}: ${explained.count} explanations of the markers, ${explained.before ? '' : 'not '}before the first`);
    else if (!explained.text.includes(`${articles} articles`)) problems.push(`${entry.label}: the markers are explained without the story's ${articles} articles: "${explained.text}"`);
  }
  expectNoProblems(problems, 'markers');
});

test('a listener hears the account, not its apparatus: marker names are under a fifth of the account’s own characters', async ({ page, site, baseURL }) => {
  for (const entry of withClaims(site.pages)) {
    await visit(page, baseURL!, site, entry);
    const { account, markers } = await page.locator('.story-body').evaluate((body, { marker, note }) => {
      const names = [...body.querySelectorAll(marker)].filter((element) => element.getClientRects().length > 0).map((element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim());
      const clone = body.cloneNode(true) as HTMLElement;
      for (const apparatus of clone.querySelectorAll(`${marker}, ${note}, .markers-explained, .section-note`)) apparatus.remove();
      return { account: (clone.textContent ?? '').replace(/\s+/g, ' ').trim().length, markers: names.join(' ').length };
    }, CLAIM);
    expect(account, entry.label).toBeGreaterThan(0);
    expect(markers, entry.label).toBeGreaterThan(0);
    expect(markers / account, `${entry.label}: ${markers} characters of marker names for ${account} of account`).toBeLessThanOrEqual(0.2);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('for every claim, marker → note → Close lands on that claim’s words, and the note quotes every cited article', async ({ page, site, baseURL }) => {
    test.setTimeout(120_000);
    // Jumps land at once: a smooth scroll would keep the next marker moving under the pointer.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    let followed = 0;
    for (const entry of withClaims(site.pages)) {
      await visit(page, baseURL!, site, entry);
      for (const claim of documentOf(entry).claims) {
        const parts = claimParts(claim.id);
        await page.locator(parts.marker).click();
        const noteHash = new URL(page.url()).hash;
        if (noteHash !== parts.note) problems.push(`${entry.label}: claim ${claim.number}'s marker went to ${noteHash}`);
        const note = page.locator(`${noteHash}:target`);
        const quotes = await note.locator(CLAIM.quote).count();
        if (quotes !== claim.citations.length) problems.push(`${entry.label}: claim ${claim.number}'s note quotes ${quotes} of ${claim.citations.length} citations`);
        await note.locator(CLAIM.close).click();
        if (new URL(page.url()).hash !== parts.words) problems.push(`${entry.label}: claim ${claim.number}'s Close went to ${page.url()}`);
        else if ((await page.locator(CLAIM.openNote).count()) !== 0) problems.push(`${entry.label}: claim ${claim.number}'s note stayed open after Close`);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(0);
    expectNoProblems(problems, 'round trips');
  });
});

test('the note of a claim four articles report opens in place, begins with the claim’s first words, and quotes every cited article’s words', async ({ page, site, baseURL }) => {
  const entry = withClaims(site.pages).find((p) => p.kind === 'story')!;
  const story = storyOf(entry);
  const claim = story.claims.find((candidate) => candidate.reports.length >= 4 && candidate.citations.length >= 3);
  expect(claim, 'a claim four or more articles report, citing three or more').toBeDefined();
  await visit(page, baseURL!, site, entry);
  const parts = claimParts(claim!.id);
  const note = await openNote(page, page.locator(parts.marker));
  const noteClaim = await note.locator(CLAIM.noteClaim).innerText();
  expect(claimOpeningProblem(noteClaim, claim!.text)).toBeNull();
  expect(noteClaim).toMatch(new RegExp(`” ${claim!.reports.length} of 5 articles report this\\.$`));
  await expect(note.locator(CLAIM.quote)).toHaveText(claim!.citations.map((citation) => passageText(story, citation)));
  // One copy of each note, in its claim's paragraph: what opens is the element right after the marker.
  await expect(page.locator(`[id="${claim!.id}-note"]`)).toHaveCount(1);
  expect(await note.evaluate((element, marker) => element.previousElementSibling === document.querySelector(marker), parts.marker)).toBe(true);
});

test('every archived paragraph reads straight through: its text whole, no link inside it, the way back after it', async ({ page, site, baseURL }) => {
  const sources = site.pages.filter((p) => p.kind === 'source' && p.continued);
  expect(sources.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const entry of sources) {
    await visit(page, baseURL!, site, entry);
    const source = storyOf(entry).sources.find((candidate) => entry.path.endsWith(`/sources/${candidate.id}`))!;
    const shown = await page.locator('.source-paragraph').evaluateAll((paragraphs) =>
      paragraphs.map((p) => ({ id: p.id, text: p.textContent ?? '', links: p.querySelectorAll('a').length, marks: p.querySelectorAll('mark').length })),
    );
    const expected = source.paragraphs.filter((paragraph) => !paragraph.isCaption && !(source.meta.headline && paragraph.number === 1));
    if (shown.length !== expected.length) problems.push(`${entry.label}: ${shown.length} paragraphs shown of ${expected.length}`);
    for (const paragraph of expected) {
      const found = shown.find((candidate) => candidate.id === `p-${paragraph.number}`);
      if (!found || found.text !== paragraph.text) problems.push(`${entry.label}: paragraph ${paragraph.number} is not its text, whole`);
      else if (found.links > 0) problems.push(`${entry.label}: paragraph ${paragraph.number} has ${found.links} links inside it`);
    }
    const marked = shown.filter((p) => p.marks > 0).length;
    const followed = await page.locator('.source-paragraph:has(mark) + .paragraph-claims').count();
    if (marked !== followed) problems.push(`${entry.label}: ${marked} paragraphs with cited words, ${followed} followed by their claims`);
  }
  expectNoProblems(problems, 'archived paragraphs');
});
