import type { DiagnosticCode } from '../diagnostics';
import type { StoryFrontmatter } from '../schema';

/**
 * Rules for a story's log of changes (frontmatter `changes`), each a small
 * function that reports what it finds at the field concerned: `changes.2` for
 * the third entry. A reader who returns trusts this log to say whether the
 * account is still the one they read, so its dates must be consistent.
 */

export type FieldReport = (field: string, code: DiagnosticCode, message: string) => void;
export type FrontmatterRule = (meta: StoryFrontmatter, report: FieldReport) => void;

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
