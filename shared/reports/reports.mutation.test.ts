/**
 * The report building blocks the first tests did not reach: the periods (week from Monday,
 * month ends, quarter and semester), the visit filter, per-officer and per-counter service time,
 * honesty by service and by hour, the percentile's refusal of a p outside (0, 100], ratios, and
 * counter time of several counters with a pause without reason and a change before the period.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-days.ts';
import { viewClock, type ClockSegment } from '../complaints/clock.ts';
import { complaintFigures, type ComplaintRow } from './complaints.ts';
import { counterTimes, idleMinutes } from './counters.ts';
import { periodOf, semesterPeriod } from './periods.ts';
import { groupBy, localClock, minutesDistribution, percentile, ratio, roundMinutes, shareOver, sortedPercentile } from './stats.ts';
import { byCounter, byHour, byOfficer, estimateHonesty, fastTrackFairness, filterVisits, weekdayHourHeatmap, honestyByHour, honestyByService, outcomes, queueSummary, servedWaits, waitFigures, type VisitRow } from './visits.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
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

describe('report periods', () => {
  it('a day is itself', () => {
    expect(periodOf('day', '2026-07-08')).toEqual({ from: '2026-07-08', to: '2026-07-08', label: '2026-07-08' });
  });

  it('a week runs Monday to Sunday, whichever day it is asked from', () => {
    const week = { from: '2026-07-06', to: '2026-07-12', label: 'Minggu 2026-07-06 s.d. 2026-07-12' };
    expect(periodOf('week', '2026-07-06')).toEqual(week);
    expect(periodOf('week', '2026-07-09')).toEqual(week);
    expect(periodOf('week', '2026-07-12')).toEqual(week);
    expect(periodOf('week', '2026-07-13').from).toBe('2026-07-13');
  });

  it('a month ends on its last day, February of a leap year included', () => {
    expect(periodOf('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28', label: 'Februari 2026' });
    expect(periodOf('month', '2028-02-01')).toEqual({ from: '2028-02-01', to: '2028-02-29', label: 'Februari 2028' });
    expect(periodOf('month', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31', label: 'Desember 2026' });
    expect(periodOf('month', '2026-01-05').label).toBe('Januari 2026');
  });

  it('a quarter and a semester, with June in the first half and July in the second', () => {
    expect(periodOf('quarter', '2026-05-20')).toEqual({ from: '2026-04-01', to: '2026-06-30', label: 'Triwulan II 2026' });
    expect(periodOf('semester', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30', label: 'Semester I 2026' });
    expect(periodOf('semester', '2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-12-31', label: 'Semester II 2026' });
    expect(semesterPeriod(2027, 1)).toEqual({ from: '2027-01-01', to: '2027-06-30', label: 'Semester I 2027' });
  });
});

describe('stats: edges', () => {
  it('the percentile refuses p outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(new RangeError('percentile p must be in (0, 100], got 0'));
    expect(() => percentile([1], 100.5)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([3, 1, 2], 1)).toBe(1);
    expect(sortedPercentile([], 50)).toBeNull();
    expect(sortedPercentile([1, 2, 3, 4], 0)).toBe(1);
  });

  it('sorts numerically, not as text', () => {
    expect(percentile([10, 9, 100], 50)).toBe(10);
    expect(minutesDistribution([10 * MIN, 9 * MIN, 100 * MIN])).toEqual({ n: 3, median: 10, p90: 100, max: 100 });
  });

  it('an empty distribution has only n = 0', () => {
    expect(minutesDistribution([])).toEqual({ n: 0, median: null, p90: null, max: null });
  });

  it('minutes with one decimal, ratios with four', () => {
    expect(roundMinutes(90_000)).toBe(1.5);
    expect(roundMinutes(3_000)).toBe(0.1);
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(2, 3)).toBe(0.6667);
    expect(ratio(0, 0)).toBeNull();
    expect(shareOver([1, 2, 3], 3)).toBe(0);
  });

  it('groups keep first-seen order', () => {
    expect([...groupBy(['b1', 'a1', 'b2'], (s) => s[0]).entries()]).toEqual([['b', ['b1', 'b2']], ['a', ['a1']]]);
  });

  it('local clock before 1970 and at midnight', () => {
    expect(localClock(Date.UTC(1969, 11, 31, 17, 0), 420)).toEqual({ hour: 0, weekday: 4 });
    // 20 December 1969 was a Saturday: a day number far enough below 0 for the modulo to go negative.
    expect(localClock(Date.UTC(1969, 11, 20, 12, 30), 0)).toEqual({ hour: 12, weekday: 6 });
    expect(localClock(Date.UTC(2026, 6, 5, 17, 0), 420)).toEqual({ hour: 0, weekday: 1 });
    expect(localClock(Date.UTC(2026, 6, 5, 16, 59), 420)).toEqual({ hour: 23, weekday: 0 });
  });
});

describe('visits: filters and breakdowns', () => {
  const rows = [
    visit({ officerId: 2, counterId: 'loket-2', serviceMs: 20 * MIN }),
    visit({ serviceId: 'info', fastTrack: 'elderly', officerId: 1, serviceMs: 4 * MIN }),
    visit({ fastTrack: 'pregnant', officerId: null, counterId: null, serviceMs: 6 * MIN }),
    visit({ status: 'cancelled', officerId: 3, counterId: 'loket-3', waitMs: null, serviceMs: null }),
    visit({ officerId: 1, serviceMs: null }),
  ];

  it('filters by service, counter, officer, fast track yes/no and reason', () => {
    expect(filterVisits(rows, {})).toHaveLength(5);
    expect(filterVisits(rows, { serviceId: 'info' })).toEqual([rows[1]]);
    expect(filterVisits(rows, { counterId: 'loket-2' })).toEqual([rows[0]]);
    expect(filterVisits(rows, { officerId: 3 })).toEqual([rows[3]]);
    expect(filterVisits(rows, { fastTrack: true })).toEqual([rows[1], rows[2]]);
    expect(filterVisits(rows, { fastTrack: false })).toEqual([rows[0], rows[3], rows[4]]);
    expect(filterVisits(rows, { reason: 'pregnant' })).toEqual([rows[2]]);
    expect(filterVisits(rows, { serviceId: 'jht', officerId: 1 })).toEqual([rows[4]]);
  });

  it('per officer: finished visits only, the unsigned counter (null) first, service time of those that have one', () => {
    expect(byOfficer(rows).map((o) => [o.officerId, o.served, o.serviceMinutes.n, o.serviceMinutes.median])).toEqual([
      [null, 1, 1, 6],
      [1, 2, 1, 4],
      [2, 1, 1, 20],
    ]);
  });

  it('per counter: finished visits at a counter, sorted, with serving time summed', () => {
    const c = byCounter([...rows, visit({ counterId: 'loket-10', serviceMs: 5 * MIN })]);
    expect(c.map((x) => [x.counterId, x.served, x.servingMs])).toEqual([
      ['loket-1', 2, 4 * MIN],
      ['loket-10', 1, 5 * MIN],
      ['loket-2', 1, 20 * MIN],
    ]);
  });

  it('served waits leave out unfinished visits and missing waits', () => {
    expect(servedWaits([visit({ waitMs: 7 }), visit({ status: 'serving', waitMs: 8 }), visit({ waitMs: null })])).toEqual([7]);
    expect(waitFigures([visit({ waitMs: 30 * MIN }), visit({ waitMs: 30 * MIN + 1 })], targets).overTargetShare).toBe(0.5);
  });

  it('outcomes count a visit in each flag it has', () => {
    expect(outcomes([visit({ status: 'waiting', missed: true }), visit({ status: 'expired', transferred: true })])).toEqual({
      issued: 2, served: 0, missed: 1, returned: 0, transferred: 1, cancelled: 0, expired: 1,
    });
  });

  it('a service with visits that the configuration no longer lists comes after the listed ones', () => {
    const s = queueSummary([visit({ serviceId: 'lama' }), visit({})], targets, ['jht', 'info']);
    expect(s.byService.map((b) => [b.serviceId, b.issued])).toEqual([['jht', 1], ['info', 0], ['lama', 1]]);
    expect(s.fastTrack.overTargetShare).toBeNull();
  });

  it('the fast-track target is its own: 10 minutes, strictly over', () => {
    const s = queueSummary([visit({ fastTrack: 'elderly', waitMs: 10 * MIN }), visit({ fastTrack: 'elderly', waitMs: 10 * MIN + 1 })], targets, ['jht']);
    expect(s.fastTrack.overTargetShare).toBe(0.5);
    expect(s.fastTrack.waitMinutes.n).toBe(2);
    expect(s.overTargetShare).toBe(0);
  });

  it('hours sort numerically (9 before 10)', () => {
    const r = [visit({ issuedAt: MON_8 + 2 * HOUR }), visit({ issuedAt: MON_8 + HOUR }), visit({ issuedAt: MON_8 + 2 * HOUR + 5 * MIN, status: 'cancelled' })];
    expect(byHour(r, targets, 420).map((h) => [h.hour, h.issued, h.served])).toEqual([[9, 1, 1], [10, 2, 1]]);
    expect(honestyByHour(r, 420).map((h) => [h.hour, h.n])).toEqual([[9, 1], [10, 1]]);
  });

  it('honesty by service, and "underestimated" means more than 10 minutes longer than promised', () => {
    const r = [
      visit({ estimateMinutes: 10, waitMs: 20 * MIN }),
      visit({ estimateMinutes: 10, waitMs: 20 * MIN + 1 }),
      visit({ serviceId: 'info', estimateMinutes: 5, waitMs: 2 * MIN }),
      visit({ serviceId: 'info', status: 'cancelled', estimateMinutes: 5, waitMs: 40 * MIN }),
      visit({ serviceId: 'info', estimateMinutes: 5, waitMs: null }),
    ];
    expect(honestyByService(r, ['jht', 'info', 'none'])).toEqual([
      { serviceId: 'jht', n: 2, medianEstimateMinutes: 10, medianActualMinutes: 20, medianAbsErrorMinutes: 10, underestimatedShare: 0.5 },
      { serviceId: 'info', n: 1, medianEstimateMinutes: 5, medianActualMinutes: 2, medianAbsErrorMinutes: 3, underestimatedShare: 0 },
      { serviceId: 'none', n: 0, medianEstimateMinutes: null, medianActualMinutes: null, medianAbsErrorMinutes: null, underestimatedShare: null },
    ]);
    expect(estimateHonesty([visit({ estimateMinutes: 30, waitMs: 10 * MIN })]).medianAbsErrorMinutes).toBe(20);
  });
});

describe('counter time: several counters and the period edges', () => {
  it('sorts counters, starts at the period, names a pause without reason, skips closed time', () => {
    const t = counterTimes(
      [
        { counterId: 'loket-2', state: 'open', pauseReason: null, at: MON_8 },
        { counterId: 'loket-2', state: 'closed', pauseReason: null, at: MON_8 + HOUR },
        { counterId: 'loket-2', state: 'open', pauseReason: null, at: MON_8 + 3 * HOUR },
        { counterId: 'loket-1', state: 'open', pauseReason: null, at: MON_8 - 2 * HOUR },
        { counterId: 'loket-1', state: 'paused', pauseReason: null, at: MON_8 + HOUR },
        { counterId: 'loket-1', state: 'paused', pauseReason: 'sholat', at: MON_8 + HOUR + 10 * MIN },
        { counterId: 'loket-1', state: 'paused', pauseReason: 'istirahat', at: MON_8 + HOUR + 20 * MIN },
        { counterId: 'loket-1', state: 'closed', pauseReason: null, at: MON_8 + HOUR + 50 * MIN },
      ],
      MON_8,
      MON_8 + 4 * HOUR,
      420,
    );
    expect(t).toEqual([
      {
        counterId: 'loket-1', openMinutes: 60, pausedMinutes: 50,
        pausedByReason: [{ reason: 'istirahat', minutes: 30 }, { reason: 'sholat', minutes: 10 }, { reason: 'tanpa alasan', minutes: 10 }],
      },
      { counterId: 'loket-2', openMinutes: 120, pausedMinutes: 0, pausedByReason: [] },
    ]);
  });

  it('a state that ends before the period or starts after it counts nothing', () => {
    const t = counterTimes(
      [
        { counterId: 'loket-1', state: 'open', pauseReason: null, at: MON_8 - 3 * HOUR },
        { counterId: 'loket-1', state: 'closed', pauseReason: null, at: MON_8 - HOUR },
        { counterId: 'loket-1', state: 'open', pauseReason: null, at: MON_8 + 5 * HOUR },
      ],
      MON_8,
      MON_8 + 4 * HOUR,
      420,
    );
    expect(t).toEqual([{ counterId: 'loket-1', openMinutes: 0, pausedMinutes: 0, pausedByReason: [] }]);
  });

  it('the day ends at local midnight of the zone given', () => {
    // Opened 20:00 WIB (13:00 UTC): 4 h to WIB midnight, 3 h to WITA midnight.
    const open = [{ counterId: 'l', state: 'open' as const, pauseReason: null, at: Date.UTC(2026, 6, 6, 13, 0) }];
    const to = Date.UTC(2026, 6, 7, 13, 0);
    expect(counterTimes(open, 0, to, 420)[0]?.openMinutes).toBe(240);
    expect(counterTimes(open, 0, to, 480)[0]?.openMinutes).toBe(180);
  });

  it('idle time rounds to one decimal', () => {
    expect(idleMinutes(10, 3 * MIN + 20_000)).toBe(6.7);
    expect(idleMinutes(10, 10 * MIN)).toBe(0);
  });
});

describe('survivors of the 2 December run, killed', () => {
  const DAY = 24 * HOUR;
  const cal = buildCalendar([], []);
  const running = (start: number, end: number | null): ClockSegment => ({ kind: 'running', start, end, by: 'a', reason: null });
  const stopped = (at: number): ClockSegment => ({ kind: 'stopped', start: at, end: at, by: 'a', reason: null });
  const row = (over: Partial<ComplaintRow>): ComplaintRow => ({ category: 'klaim', channel: 'kiosk', status: 'selesai', receivedAt: MON_8, closedAt: null, clock: [], ...over });

  it('complaints closed after exactly 5 working days are in time, after 6 they are not; an open one not yet due is not overdue', () => {
    // Received Monday: Tue..Mon is 5 working days, Tue the 6th (no holidays in this calendar).
    const five = [running(MON_8, MON_8 + 7 * DAY), stopped(MON_8 + 7 * DAY)];
    const six = [running(MON_8, MON_8 + 8 * DAY), stopped(MON_8 + 8 * DAY)];
    expect(viewClock(five, cal, 'Asia/Jakarta', MON_8 + 7 * DAY).usedDays).toBe(5);
    expect(viewClock(six, cal, 'Asia/Jakarta', MON_8 + 8 * DAY).usedDays).toBe(6);
    const f = complaintFigures(
      [
        row({ closedAt: MON_8 + 7 * DAY, clock: five }),
        row({ closedAt: MON_8 + 8 * DAY, clock: six }),
        row({ closedAt: MON_8 + DAY, clock: [running(MON_8, MON_8 + DAY), stopped(MON_8 + DAY)] }),
        row({ status: 'diproses', clock: [running(MON_8 + 8 * DAY, null)] }),
      ],
      cal, 'Asia/Jakarta', MON_8 + 9 * DAY,
    );
    expect([f.closed, f.closedInTime, f.overdue]).toEqual([3, 2, 0]);
  });

  it('counts by channel and status, the most first and ties by name', () => {
    const f = complaintFigures(
      [row({ channel: 'email', status: 'diproses' }), row({ channel: 'kiosk', status: 'baru' }), row({ channel: 'email', status: 'baru' }), row({ channel: 'counter', status: 'ditutup' })],
      cal, 'Asia/Jakarta', MON_8,
    );
    expect(f.byChannel).toEqual([{ key: 'email', count: 2 }, { key: 'counter', count: 1 }, { key: 'kiosk', count: 1 }]);
    expect(f.byStatus).toEqual([{ key: 'baru', count: 2 }, { key: 'diproses', count: 1 }, { key: 'ditutup', count: 1 }]);
    expect(f.byCategory).toEqual([{ key: 'klaim', count: 4 }]);
  });

  it('counter changes given out of order are put in time order; a pause of no length is not listed', () => {
    const t = counterTimes(
      [
        { counterId: 'l', state: 'closed', pauseReason: null, at: MON_8 + 2 * HOUR },
        { counterId: 'l', state: 'paused', pauseReason: 'sholat', at: MON_8 + HOUR },
        { counterId: 'l', state: 'open', pauseReason: null, at: MON_8 + HOUR },
        { counterId: 'l', state: 'open', pauseReason: null, at: MON_8 },
      ],
      MON_8, MON_8 + 4 * HOUR, 420,
    );
    expect(t).toEqual([{ counterId: 'l', openMinutes: 120, pausedMinutes: 0, pausedByReason: [] }]);
  });

  it('the heatmap is ordered by weekday then hour whatever the input order', () => {
    const tue = MON_8 + DAY;
    expect(weekdayHourHeatmap([visit({ issuedAt: tue }), visit({ issuedAt: MON_8 + HOUR }), visit({ issuedAt: MON_8 })], 420).map((c) => [c.weekday, c.hour])).toEqual([[1, 8], [1, 9], [2, 8]]);
  });

  it('per officer, the unsigned counter (null) sorts first from anywhere in the input', () => {
    expect(byOfficer([visit({ officerId: 5 }), visit({ officerId: null }), visit({ officerId: 3 })]).map((o) => o.officerId)).toEqual([null, 3, 5]);
    expect(byOfficer([visit({ officerId: null }), visit({ officerId: 5 })]).map((o) => o.officerId)).toEqual([null, 5]);
  });

  it('fairness counts finished visits only, normal waits without fast track, the guard strictly, the fast-track target in minutes', () => {
    const f = fastTrackFairness(
      [
        visit({ waitMs: 45 * MIN }),
        visit({ status: 'cancelled', callRule: 'normal', waitMs: 90 * MIN }),
        visit({ fastTrack: 'elderly', callRule: 'fast-track', waitMs: 80 * MIN }),
        visit({ fastTrack: 'pregnant', callRule: 'fast-track', waitMs: 5 * MIN }),
      ],
      targets, ['pregnant'],
    );
    expect(f.rules.find((r) => r.rule === 'normal')?.served).toBe(1);
    expect(f.longestNormalWaitMinutes).toBe(45);
    expect(f.normalOverGuard).toBe(0);
    expect(f.byReason).toEqual([{ reason: 'pregnant', waitMinutes: { n: 1, median: 5, p90: 5, max: 5 }, overTargetShare: 0 }]);
  });
});
