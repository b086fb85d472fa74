import { describe, expect, it } from 'vitest';
import { sectionAnnouncement } from './read-aloud';

describe('sectionAnnouncement', () => {
  it('says that a section begins, and its title', () => {
    expect(sectionAnnouncement(' What happened ')).toBe('Section: What happened.');
  });
});
