import { describe, expect, it } from 'vitest';
import { STORIES_PER_WORKER, workerCount } from './check-pool';

describe('workerCount', () => {
  it('starts no worker for fewer stories than two workers would pay for (one story, --story)', () => {
    expect(workerCount(1, 2)).toBe(0);
    expect(workerCount(2 * STORIES_PER_WORKER - 1, 2)).toBe(0);
  });

  it('starts one worker per core once there are stories enough for each', () => {
    expect(workerCount(2 * STORIES_PER_WORKER, 2)).toBe(2);
    expect(workerCount(1000, 2)).toBe(2);
  });

  it('never starts more workers than stories enough to keep them busy', () => {
    expect(workerCount(3 * STORIES_PER_WORKER, 8)).toBe(3);
  });
});
