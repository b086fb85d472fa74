/**
 * One marker per claim: citations that read well aloud, stay light, and leave
 * the archived articles readable. Every story and summary of the site, as
 * crawled, against the content pipeline's own account of its claims.
 */
import { buildStory } from '../../lib/content/build';
import { readStoryFiles } from '../../lib/content/files';
import type { Story, StoryDocument } from '../../lib/content/model';
import { expect, expectNoProblems, openPopover, test, visit, type SitePage } from './a11y-fixtures';
import { asWithoutPopoverApi } from './support';

const built = new Map<string, Story>();
/** The story a page belongs to, built by the pipeline from content/, as the server built it. */
function storyOf(entry: SitePage): Story {
  const slug = /^\/stories\/([^/]+)/.exec(entry.path)![1]!;
  if (!built.has(slug)) built.set(slug, buildStory(readStoryFiles(slug)!).story!);
  return built.get(slug)!;
}
const documentOf = (entry: SitePage): StoryDocument => (entry.kind === 'summary' ? storyOf(entry).summary! : storyOf(entry));
const withClaims = (pages: SitePage[]) => pages.filter((p) => (p.kind === 'story' && p.continued) || p.kind === 'summary');
const countOf = (name: string) => /^(\d+) of (\d+) articles$/.exec(name);

test('every claim has exactly one marker, after it, whose name says how many of the articles report it', async ({ page, site, baseURL }) => {
  const pages = withClaims(site.pages);
  expect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const entry of pages) {
    await visit(page, baseURL!, site, entry);
    const document = documentOf(entry);
    // The marker as a screen reader meets it: the one form shown (the button, where the browser has the Popover API).
    const markers = await page.locator('.story-body .cite').evaluateAll((claims) =>
      claims.map((claim) => {
        const shown = [...claim.querySelectorAll('.cite-marker')].filter((form) => form.getClientRects().length > 0);
        const marker = shown.length === 1 ? shown[0]! : undefined;
        return { id: claim.id, name: (marker?.getAttribute('aria-label') ?? marker?.textContent ?? `${shown.length} forms shown`).trim(), visible: (marker?.textContent ?? '').trim() };
      }),
    );
    if (markers.length !== document.claims.length) problems.push(`${entry.label}: ${markers.length} markers for ${document.claims.length} claims`);
    document.claims.forEach((claim, index) => {
      const marker = markers[index];
      const count = countOf(marker?.name ?? '');
      if (!marker || marker.id !== claim.id) problems.push(`${entry.label}: claim ${claim.number} has no marker of its own`);
      else if (!count || Number(count[1]) !== claim.reports.length || Number(count[2]) !== storyOf(entry).sources.length) {
        problems.push(`${entry.label}: claim ${claim.number}'s marker is named "${marker.name}", but ${claim.reports.length} articles report it`);
      } else if (marker.name.length > 60 || !marker.name.includes(marker.visible)) problems.push(`${entry.label}: "${marker.name}" is long or hides its visible text`);
    });
  }
  expectNoProblems(problems, 'markers');
});

test('a listener hears the account, not its apparatus: marker names are under a fifth of the account’s own characters', async ({ page, site, baseURL }) => {
  for (const entry of withClaims(site.pages)) {
    await visit(page, baseURL!, site, entry);
    const { account, markers } = await page.locator('.story-body').evaluate((body) => {
      const names = [...body.querySelectorAll('.cite-marker')].filter((marker) => marker.getClientRects().length > 0).map((marker) => (marker.getAttribute('aria-label') ?? marker.textContent ?? '').trim());
      const clone = body.cloneNode(true) as HTMLElement;
      for (const marker of clone.querySelectorAll('.cite, .section-note')) marker.remove();
      return { account: (clone.textContent ?? '').replace(/\s+/g, ' ').trim().length, markers: names.join(' ').length };
    });
    expect(account, entry.label).toBeGreaterThan(0);
    expect(markers / account, `${entry.label}: ${markers} characters of marker names for ${account} of account`).toBeLessThanOrEqual(0.2);
  }
});

test.describe('with JavaScript off and no Popover API', () => {
  test.use({ javaScriptEnabled: false });

  test('for every claim, marker link → note → back lands on that marker, and the note quotes every cited article', async ({ page, site, baseURL }) => {
    test.setTimeout(120_000);
    // Jumps land at once: a smooth scroll would keep the next marker moving under the pointer.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    for (const entry of withClaims(site.pages)) {
      await visit(page, baseURL!, site, entry);
      await asWithoutPopoverApi(page);
      for (const claim of documentOf(entry).claims) {
        await page.locator(`#${claim.id} > a.cite-marker`).click();
        const noteHash = new URL(page.url()).hash;
        const note = page.locator(`${noteHash}`);
        const quotes = await note.locator('blockquote').count();
        if (quotes !== claim.citations.length) problems.push(`${entry.label}: claim ${claim.number}'s note quotes ${quotes} of ${claim.citations.length} citations`);
        await note.getByRole('link', { name: `Back to claim ${claim.number}` }).click();
        if (new URL(page.url()).hash !== `#${claim.id}`) problems.push(`${entry.label}: claim ${claim.number}'s back-link went to ${page.url()}`);
      }
    }
    expectNoProblems(problems, 'round trips');
  });
});

test('the note a claim four articles report opens in place, with every cited article’s words, and is the note of the list', async ({ page, site, baseURL }) => {
  const entry = withClaims(site.pages).find((p) => p.kind === 'story')!;
  const claim = storyOf(entry).claims.find((candidate) => candidate.reports.length >= 4 && candidate.citations.length >= 3);
  expect(claim, 'a claim four or more articles report, citing three or more').toBeDefined();
  await visit(page, baseURL!, site, entry);
  const inList = await page.locator(`#${claim!.id}-note blockquote`).allInnerTexts();
  expect(inList).toHaveLength(claim!.citations.length);
  const popover = await openPopover(page, page.locator(`#${claim!.id} > button.cite-marker`));
  await expect(popover).toHaveAccessibleName(`${claim!.reports.length} of 5 articles report this.`);
  await expect(popover.locator('blockquote')).toHaveText(inList);
  // One copy of each note: what opens in place is the element of the notes list.
  expect(await popover.evaluate((element, noteId) => element.parentElement?.id === noteId, `${claim!.id}-note`)).toBe(true);
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
