import { describe, expect, it } from 'vitest';
import { averageServiceMinutes, estimateWaitMinutes } from './estimate.ts';

const MIN = 60_000;

describe('average service time', () => {
  it('uses the configured default until three visits are known', () => {
    expect(averageServiceMinutes([], 10)).toBe(10);
    expect(averageServiceMinutes([2 * MIN], 10)).toBe(10);
    expect(averageServiceMinutes([2 * MIN, 4 * MIN], 10)).toBe(10);
    expect(averageServiceMinutes([2 * MIN, 4 * MIN, 6 * MIN], 10)).toBe(4);
  });

  it('averages every duration it is given (the store passes the last 20)', () => {
    const durations = Array.from({ length: 20 }, (_, i) => (i + 1) * MIN);
    expect(averageServiceMinutes(durations, 99)).toBe(10.5);
  });

  it('counts a visit as at least one minute and at most two hours, so one odd visit cannot swing the estimate', () => {
    expect(averageServiceMinutes([0, 10_000, 59_999], 10)).toBe(1);
    expect(averageServiceMinutes([MIN, MIN, MIN], 10)).toBe(1);
    expect(averageServiceMinutes([90 * MIN, 120 * MIN, 121 * MIN], 10)).toBe(110);
    expect(averageServiceMinutes([500 * MIN, 500 * MIN, 500 * MIN], 10)).toBe(120);
    expect(averageServiceMinutes([1.5 * MIN, 2.5 * MIN, 2 * MIN], 10)).toBe(2);
  });
});

describe('wait estimate', () => {
  it('people ahead times the average, shared among the open counters, rounded up', () => {
    expect(estimateWaitMinutes({ ahead: 3, averageServiceMinutes: 10, openCounters: 1 })).toBe(30);
    expect(estimateWaitMinutes({ ahead: 3, averageServiceMinutes: 10, openCounters: 2 })).toBe(15);
    expect(estimateWaitMinutes({ ahead: 1, averageServiceMinutes: 10, openCounters: 3 })).toBe(4);
    expect(estimateWaitMinutes({ ahead: 0, averageServiceMinutes: 10, openCounters: 2 })).toBe(0);
  });

  it('with no counter open it counts one, never dividing by zero', () => {
    expect(estimateWaitMinutes({ ahead: 2, averageServiceMinutes: 7, openCounters: 0 })).toBe(14);
    expect(estimateWaitMinutes({ ahead: 2, averageServiceMinutes: 7, openCounters: -1 })).toBe(14);
  });
});
