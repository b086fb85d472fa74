/**
 * The site as the engine specs read it: the first story, one page of each kind,
 * and the reader's states set by cookie, from the modules that write them.
 */
import { CONTENT_NOTE_COOKIE } from '../../lib/gate/cookie';
import { serializeSettings, DEFAULT_SETTINGS, SETTINGS_COOKIE, type ReaderSettings } from '../../lib/settings/settings';
import { HEADING_IDS } from '../../lib/view/anchors';
import { bookPath } from '../../lib/view/routes';
import { NOT_FOUND_PATH } from '../browser/a11y-fixtures';
import { expect } from './fixtures';
import type { Reader } from './reader';

export const SLUG = 'teigen-pregnancy-loss-essay';
export const STORY = `/stories/${SLUG}`;
export const BOOK = bookPath(SLUG);
export const NOTE_HEADING = `#${HEADING_IDS.contentNote}`;
export const STORY_HEADING = `#${HEADING_IDS.story}`;

export interface PageKind {
  kind: string;
  path: string;
  /** Met after continuing past the story's content note. */
  continued: boolean;
}

/** One page of every kind a reader meets, and whether it is met before or after the content note. */
export const PAGE_KINDS = [
  { kind: 'home', path: '/', continued: false },
  { kind: 'settings', path: '/settings', continued: false },
  { kind: 'content note', path: STORY, continued: false },
  { kind: 'summary', path: `${STORY}/summary`, continued: false },
  { kind: 'story', path: STORY, continued: true },
  { kind: 'sources', path: `${STORY}/sources`, continued: true },
  { kind: 'source', path: `${STORY}/sources/heart`, continued: true },
  { kind: 'not found', path: NOT_FOUND_PATH, continued: false },
] satisfies PageKind[];

/** As a reader who has already chosen to continue past the story's content note. */
export const passContentNote = (reader: Reader) => reader.addCookie(CONTENT_NOTE_COOKIE, SLUG);

/** As a reader who chose these settings earlier (the cookie the settings form writes). */
export async function chooseSettings(reader: Reader, settings: Partial<ReaderSettings>) {
  const value = serializeSettings({ ...DEFAULT_SETTINGS, ...settings });
  if (value) await reader.addCookie(SETTINGS_COOKIE, encodeURIComponent(value));
}

/** Opens a page of a kind in its state: past the content note or not, with the reading settings given. */
export async function visit(reader: Reader, page: PageKind, settings: Partial<ReaderSettings> = {}) {
  await reader.clearCookies();
  if (page.continued) await passContentNote(reader);
  await chooseSettings(reader, settings);
  await reader.open(page.path);
}

/** Whether the scripts the page loads have run: the reader's own marks the page; the pages that keep Next's runtime start its router. */
export const scriptsRan = (reader: Reader) =>
  reader.run(() => document.documentElement.dataset.enhanced === 'true' || Boolean((window as { next?: { router?: unknown } }).next?.router));

export const loadsScripts = (reader: Reader) => reader.run(() => document.querySelectorAll('script[src]').length > 0);

export const contentNoteCookie = async (reader: Reader) => (await reader.cookies()).find((cookie) => cookie.name === CONTENT_NOTE_COOKIE);

/** The note is shown in place of the story: its heading, and none of the story's body. */
export async function expectContentNote(reader: Reader) {
  expect(await reader.run(() => document.querySelector('.story-body') === null), 'no story body under the note').toBe(true);
  expect(await reader.run((s) => document.querySelector(s)?.textContent ?? '', NOTE_HEADING)).toContain('Content note');
}
