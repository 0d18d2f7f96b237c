import { describe, expect, it } from 'vitest';
import { percentile, summarizeWaits } from './waits.ts';

describe('wait summaries for head office', () => {
  it('median, 90th percentile (nearest rank) and the share within the target', () => {
    const waits = [5, 40, 10, 20, 31, 30, 1, 2, 3, 60];
    expect(summarizeWaits(waits, 30)).toEqual({ served: 10, medianMinutes: 10, p90Minutes: 40, withinTargetPercent: 70 });
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });

  it('nobody served: no figures, not zeros', () => {
    expect(summarizeWaits([], 30)).toEqual({ served: 0, medianMinutes: null, p90Minutes: null, withinTargetPercent: null });
  });
});
