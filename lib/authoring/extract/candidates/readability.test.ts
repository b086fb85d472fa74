import { describe, expect, it } from 'vitest';
import { readWithReadability } from './readability';

const page = `<html><body><article>${'<p>The council met on Tuesday evening and decided, after a long debate, to close the old bridge for repairs.</p>'.repeat(5)}</article></body></html>`;

describe('readWithReadability', () => {
  it("gives Readability's article HTML of a page", async () => {
    const reading = await readWithReadability(page);
    expect('html' in reading && reading.html).toContain('The council met on Tuesday evening');
  });

  it('counts a page it does not answer within the deadline as a page it found nothing on, and reads the next page in a new worker', async () => {
    // Two megabytes of paragraphs: parsing them alone takes far longer than the millisecond allowed.
    const large = page.replace('<article>', `<article>${'<p>More of the same council minutes, read aloud.</p>'.repeat(40_000)}`);
    expect(await readWithReadability(large, 1)).toEqual({ failure: 'it did not answer within 0.001 s' });
    expect('html' in (await readWithReadability(page))).toBe(true);
  });
});
