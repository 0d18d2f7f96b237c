import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar } from '../calendar/working-days.ts';
import { complaintFigures } from './complaints.ts';
import { counterTimes, idleMinutes } from './counters.ts';
import { localClock, minutesDistribution, percentile, shareOver } from './stats.ts';
import { byHour, estimateHonesty, fastTrackFairness, outcomes, queueSummary, weekdayHourHeatmap, type VisitRow } from './visits.ts';

const MIN = 60_000;
const targets = { waitMinutes: 30, fastTrackWaitMinutes: 10, guardMinutes: 45 };
// 2026-07-06 is a Monday; 08:00 WIB = 01:00 UTC.
const MON_8 = Date.UTC(2026, 6, 6, 1, 0);

function visit(over: Partial<VisitRow>): VisitRow {
  return {
    serviceId: 'jht', counterId: 'loket-1', officerId: 1, fastTrack: null, status: 'done', issuedAt: MON_8,
    waitMs: 10 * MIN, serviceMs: 12 * MIN, callRule: 'normal', estimateMinutes: 10, missed: false, returned: false, transferred: false,
    ...over,
  };
}

describe('percentiles (nearest rank)', () => {
  it('takes the value at rank ceil(p*n): median of 1..10 is 5, p90 is 9', () => {
    const v = [10, 3, 1, 2, 4, 5, 6, 7, 8, 9];
    expect(percentile(v, 50)).toBe(5);
    expect(percentile(v, 90)).toBe(9);
    expect(percentile(v, 100)).toBe(10);
    expect(percentile([], 50)).toBeNull();
  });

  it('is always an observed value and median <= p90 <= max', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 200 }), (values) => {
        const d = minutesDistribution(values);
        expect(d.n).toBe(values.length);
        expect(d.median).not.toBeNull();
        expect(d.median ?? 0).toBeLessThanOrEqual(d.p90 ?? 0);
        expect(d.p90 ?? 0).toBeLessThanOrEqual(d.max ?? 0);
        expect(values).toContain(percentile(values, 90));
      }),
    );
  });

  it('share over a limit counts strictly greater values only', () => {
    expect(shareOver([30, 31, 29, 30.5], 30)).toBe(0.5);
    expect(shareOver([], 30)).toBeNull();
  });

  it('reads the local hour and weekday at the branch offset', () => {
    expect(localClock(MON_8, 420)).toEqual({ hour: 8, weekday: 1 });
    // 23:30 UTC Sunday is 06:30 Monday in Jakarta and 08:30 Monday in Jayapura.
    const sundayLate = Date.UTC(2026, 6, 5, 23, 30);
    expect(localClock(sundayLate, 420)).toEqual({ hour: 6, weekday: 1 });
    expect(localClock(sundayLate, 540)).toEqual({ hour: 8, weekday: 1 });
  });
});

describe('queue summary', () => {
  const rows = [
    visit({ waitMs: 5 * MIN }),
    visit({ waitMs: 40 * MIN, serviceId: 'kepesertaan' }),
    visit({ waitMs: 31 * MIN }),
    visit({ fastTrack: 'pregnant', waitMs: 12 * MIN, callRule: 'fast-track' }),
    visit({ status: 'expired', waitMs: null, serviceMs: null, missed: true }),
    visit({ status: 'cancelled', waitMs: null, serviceMs: null }),
    visit({ status: 'done', waitMs: 3 * MIN, returned: true, missed: true, transferred: true, issuedAt: MON_8 + 3 * 60 * MIN }),
  ];

  it('counts outcomes, and waits of served visits only', () => {
    const s = queueSummary(rows, targets, ['jht', 'kepesertaan']);
    expect(outcomes(rows)).toEqual({ issued: 7, served: 5, missed: 2, returned: 1, transferred: 1, cancelled: 1, expired: 1 });
    // served waits 3, 5, 12, 31, 40 -> median 12, p90 rank 5 = 40, 2 of 5 over 30.
    expect(s.waitMinutes).toEqual({ n: 5, median: 12, p90: 40, max: 40 });
    expect(s.overTargetShare).toBe(0.4);
    expect(s.fastTrack.issued).toBe(1);
    expect(s.fastTrack.overTargetShare).toBe(1);
    expect(s.byService.map((b) => [b.serviceId, b.issued, b.served, b.waitMinutes.median])).toEqual([
      ['jht', 6, 4, 5],
      ['kepesertaan', 1, 1, 40],
    ]);
  });

  it('puts visits in the local hour they were issued, and the heatmap by weekday', () => {
    expect(byHour(rows, targets, 420).map((h) => [h.hour, h.issued, h.served])).toEqual([
      [8, 6, 4],
      [11, 1, 1],
    ]);
    expect(weekdayHourHeatmap(rows, 420)).toEqual([
      { weekday: 1, hour: 8, issued: 6, medianWaitMinutes: 12 },
      { weekday: 1, hour: 11, issued: 1, medianWaitMinutes: 3 },
    ]);
  });

  it('fast-track fairness: rules fired, longest normal wait against the guard, waits by reason', () => {
    const f = fastTrackFairness([...rows, visit({ waitMs: 50 * MIN, callRule: 'normal-wait-limit' })], targets, ['pregnant', 'elderly']);
    expect(f.rules).toEqual([
      { rule: 'normal-wait-limit', served: 1 },
      { rule: 'fast-track', served: 1 },
      { rule: 'normal', served: 4 },
      { rule: 'directed', served: 0 },
      { rule: 'out-of-order', served: 0 },
    ]);
    expect(f.longestNormalWaitMinutes).toBe(50);
    expect(f.normalOverGuard).toBe(1);
    expect(f.byReason[0]).toEqual({ reason: 'pregnant', waitMinutes: { n: 1, median: 12, p90: 12, max: 12 }, overTargetShare: 1 });
    expect(f.byReason[1]?.waitMinutes.n).toBe(0);
  });

  it('estimate honesty compares the printed estimate with the real wait', () => {
    const h = estimateHonesty([visit({ estimateMinutes: 10, waitMs: 25 * MIN }), visit({ estimateMinutes: 20, waitMs: 18 * MIN }), visit({ estimateMinutes: null })]);
    expect(h).toEqual({ n: 2, medianEstimateMinutes: 10, medianActualMinutes: 18, medianAbsErrorMinutes: 2, underestimatedShare: 0.5 });
  });
});

describe('counter time', () => {
  it('sums open and paused time by reason, clipped to the period and the local day', () => {
    const t = counterTimes(
      [
        { counterId: 'loket-1', state: 'open', pauseReason: null, at: MON_8 },
        { counterId: 'loket-1', state: 'paused', pauseReason: 'istirahat', at: MON_8 + 240 * MIN },
        { counterId: 'loket-1', state: 'open', pauseReason: null, at: MON_8 + 270 * MIN },
        // left open: counts until local midnight only (16 h after 08:00 minus 4.5 h)
      ],
      MON_8 - 60 * MIN,
      MON_8 + 48 * 60 * MIN,
      420,
    );
    expect(t).toEqual([{ counterId: 'loket-1', openMinutes: 240 + (16 * 60 - 270), pausedMinutes: 30, pausedByReason: [{ reason: 'istirahat', minutes: 30 }] }]);
    expect(idleMinutes(100, 30 * MIN)).toBe(70);
    expect(idleMinutes(10, 30 * MIN)).toBe(0);
  });
});

describe('complaint figures', () => {
  it('counts in-time handling by the legal clock and overdue open complaints', () => {
    const cal = buildCalendar([], []);
    const mon = MON_8;
    const day = 24 * 60 * MIN;
    const f = complaintFigures(
      [
        { category: 'klaim', channel: 'kantor_cabang', status: 'selesai', receivedAt: mon, closedAt: mon + 2 * day, clock: [{ kind: 'stopped', start: mon, end: mon + 2 * day, by: 'a', reason: null }] },
        { category: 'klaim', channel: 'email', status: 'selesai', receivedAt: mon, closedAt: mon + 9 * day, clock: [{ kind: 'running', start: mon, end: mon + 9 * day, by: 'a', reason: null }, { kind: 'stopped', start: mon + 9 * day, end: mon + 9 * day, by: 'a', reason: null }] },
        { category: 'login', channel: 'email', status: 'diproses', receivedAt: mon, closedAt: null, clock: [{ kind: 'running', start: mon, end: null, by: 'a', reason: null }] },
      ],
      cal,
      'Asia/Jakarta',
      mon + 14 * day,
    );
    expect(f.received).toBe(3);
    expect(f.closed).toBe(2);
    expect(f.closedInTime).toBe(1);
    expect(f.inTimeShare).toBe(0.5);
    expect(f.overdue).toBe(1);
    expect(f.byCategory).toEqual([{ key: 'klaim', count: 2 }, { key: 'login', count: 1 }]);
  });
});
