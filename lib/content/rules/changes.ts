import type { DiagnosticCode } from '../diagnostics';
import type { StoryFrontmatter } from '../schema';
import type { Examples } from './rule';

/**
 * Rules for a story's log of changes (frontmatter `changes`), each a small
 * function that reports what it finds at the field concerned: `changes.2` for
 * the third entry. A reader who returns trusts this log to say whether the
 * account is still the one they read, so its dates must be consistent.
 */

export type FieldReport = (field: string, code: DiagnosticCode, message: string) => void;
/** The fields these rules read. */
export type DatedFields = Pick<StoryFrontmatter, 'published' | 'updated' | 'changes'>;
export type FrontmatterRule = (meta: DatedFields, report: FieldReport) => void;

/** Every code the rules of the log of changes can report. */
export const CHANGES_CODES: readonly DiagnosticCode[] = ['changes-first-not-publication', 'changes-out-of-order', 'changes-in-future', 'changes-updated-mismatch'];

/** The build's date the examples are checked as of. */
export const EXAMPLES_TODAY = '2026-01-31';
const log = (...dates: string[]) => dates.map((date) => ({ date, summary: 'What changed.' }));

/** What the log of changes must look like, beside its rules (run by rules.test.ts as of EXAMPLES_TODAY). */
export const CHANGES_EXAMPLES: Examples<DatedFields> = {
  ok: [
    { published: '2026-01-01', changes: log('2026-01-01') },
    { published: '2026-01-01', updated: '2026-01-09', changes: log('2026-01-01', '2026-01-09') },
  ],
  notOk: [
    { input: { published: '2026-01-01', updated: '2026-01-09', changes: log('2026-01-02', '2026-01-09') }, codes: ['changes-first-not-publication'] },
    { input: { published: '2026-01-01', updated: '2026-01-05', changes: log('2026-01-01', '2026-01-09', '2026-01-05') }, codes: ['changes-out-of-order'] },
    { input: { published: '2026-01-01', updated: '2026-02-09', changes: log('2026-01-01', '2026-02-09') }, codes: ['changes-in-future'] },
    { input: { published: '2026-01-01', updated: '2026-01-05', changes: log('2026-01-01', '2026-01-09') }, codes: ['changes-updated-mismatch'] },
  ],
};

const at = (index: number) => `changes.${index}`;

export const changesStartAtPublication: FrontmatterRule = (meta, report) => {
  const first = meta.changes?.[0];
  if (first && first.date !== meta.published) {
    report(at(0), 'changes-first-not-publication', `the first change is the story's publication: its date ${first.date} should be "published" (${meta.published})`);
  }
};

export const changesOldestFirst: FrontmatterRule = (meta, report) => {
  meta.changes?.forEach((change, index, changes) => {
    const previous = changes[index - 1];
    if (previous && change.date < previous.date) {
      report(at(index), 'changes-out-of-order', `changes are listed oldest first: ${change.date} comes after ${previous.date}`);
    }
  });
};

/** `today` is the build's date (UTC): a change cannot have happened after the site was built. */
export const changesNotAfter =
  (today: string): FrontmatterRule =>
  (meta, report) => {
    meta.changes?.forEach((change, index) => {
      if (change.date > today) report(at(index), 'changes-in-future', `the change dated ${change.date} is in the future (today is ${today})`);
    });
  };

export const updatedIsLatestChange: FrontmatterRule = (meta, report) => {
  const latest = meta.changes?.at(-1);
  if (!latest) return;
  const updated = meta.updated ?? meta.published;
  if (updated !== latest.date) {
    const field = meta.updated ? 'updated' : 'changes';
    report(field, 'changes-updated-mismatch', `"updated" (${updated}) must be the date of the latest change, ${latest.date}`);
  }
};

export const CHANGE_RULES = (today: string): readonly FrontmatterRule[] => [changesStartAtPublication, changesOldestFirst, changesNotAfter(today), updatedIsLatestChange];
