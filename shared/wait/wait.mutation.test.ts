/**
 * Boundaries of the wait wording and the opening hours that the first tests left open: the
 * rounding steps at 60 and 180 minutes, "next" at exactly 5 minutes, singular and plural words,
 * the day text of short and unsorted day lists, a branch with no serving days, the Sunday weekday
 * number and the service start sentence.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS, dotted, hoursText, nextOpeningText, NO_HOLIDAYS, openingHoursSchema, openingStatus, serviceStartText } from './opening-hours.ts';
import { aheadText, formatDuration, waitRange, waitText } from './wait-wording.ts';

const range = (estimatedWaitMinutes: number, ahead = 3, openCounters = 1) => waitRange({ ahead, estimatedWaitMinutes, openCounters });

describe('wait range: steps and edges', () => {
  it('rounds in 5-minute steps below 60, 15 from 60, 30 from 180', () => {
    expect(range(59)).toEqual({ kind: 'range', lowMinutes: 40, highMinutes: 75 });
    expect(range(60)).toEqual({ kind: 'range', lowMinutes: 45, highMinutes: 75 });
    expect(range(179)).toEqual({ kind: 'range', lowMinutes: 120, highMinutes: 225 });
    expect(range(180)).toEqual({ kind: 'range', lowMinutes: 120, highMinutes: 240 });
  });

  it('the high end is at least one step above the low end', () => {
    expect(range(8)).toEqual({ kind: 'range', lowMinutes: 5, highMinutes: 10 });
    expect(range(1)).toEqual({ kind: 'range', lowMinutes: 0, highMinutes: 5 });
  });

  it('"next" needs nobody ahead and at most 5 minutes; a negative estimate counts as 0', () => {
    expect(range(5, 0)).toEqual({ kind: 'next' });
    expect(range(6, 0)).toEqual({ kind: 'range', lowMinutes: 0, highMinutes: 10 });
    expect(range(-20, 0)).toEqual({ kind: 'next' });
    expect(range(-20, 2)).toEqual({ kind: 'range', lowMinutes: 0, highMinutes: 5 });
    expect(range(3, -1)).toEqual({ kind: 'next' });
  });

  it('no counter open (or a negative count) says so, with or without a start time', () => {
    expect(range(10, 2, 0)).toEqual({ kind: 'no-counter', startsAt: null });
    expect(range(10, 2, -1)).toEqual({ kind: 'no-counter', startsAt: null });
    expect(waitRange({ ahead: 2, estimatedWaitMinutes: 10, openCounters: 0, serviceStartsAt: 'hari ini pukul 08.00' })).toEqual({ kind: 'no-counter', startsAt: 'hari ini pukul 08.00' });
    expect(waitText({ ahead: 1, estimatedWaitMinutes: 10, openCounters: 0, serviceStartsAt: 'today at 08.00' }, 'en')).toBe('No counter is open yet; service starts today at 08.00');
    expect(waitText({ ahead: 1, estimatedWaitMinutes: 10, openCounters: 0, serviceStartsAt: '' }, 'id')).toBe('Saat ini belum ada loket yang buka untuk layanan ini');
  });
});

describe('wait text in both languages', () => {
  it('next, under, about', () => {
    expect(waitText({ ahead: 0, estimatedWaitMinutes: 0, openCounters: 1 }, 'en')).toBe('You are next in line');
    expect(waitText({ ahead: 1, estimatedWaitMinutes: 4, openCounters: 1 }, 'en')).toBe('Estimated wait under 5 min');
    expect(waitText({ ahead: 4, estimatedWaitMinutes: 75, openCounters: 1 }, 'en')).toBe('Estimated wait about 45 min - 1 hour 45 min');
    expect(waitText({ ahead: 4, estimatedWaitMinutes: 59, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu sekitar 40 menit - 1 jam 15 menit');
    expect(waitText({ ahead: 4, estimatedWaitMinutes: 40, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu sekitar 30-50 menit');
  });

  it('an under-an-hour range ending exactly at 60 is written in hours', () => {
    // 44 minutes: low 30, high 55 -> minutes only; 47: low 35, high 60 -> "1 jam".
    expect(waitText({ ahead: 4, estimatedWaitMinutes: 44, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu sekitar 30-55 menit');
    expect(waitText({ ahead: 4, estimatedWaitMinutes: 47, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu sekitar 35 menit - 1 jam');
  });

  it('durations: singular and plural hours in English, minutes past the hour', () => {
    expect(formatDuration(60, 'en')).toBe('1 hour');
    expect(formatDuration(61, 'en')).toBe('1 hour 1 min');
    expect(formatDuration(120, 'en')).toBe('2 hours');
    expect(formatDuration(59, 'en')).toBe('59 min');
    expect(formatDuration(0, 'id')).toBe('0 menit');
    expect(formatDuration(150, 'id')).toBe('2 jam 30 menit');
  });

  it('people ahead', () => {
    expect(aheadText(0, 'en')).toBe('Nobody ahead of you');
    expect(aheadText(2, 'en')).toBe('2 people ahead of you');
    expect(aheadText(1, 'id')).toBe('1 orang sebelum Anda');
  });
});

const at = (iso: string) => Date.parse(iso);
// 2026-11-23 is a Monday; 01:00Z is 08:00 WIB.
const status = (iso: string, extra: Partial<Parameters<typeof openingStatus>[0]> = {}) =>
  openingStatus({ nowMs: at(iso), timeZone: 'Asia/Jakarta', hours: DEFAULT_OPENING_HOURS, ...extra });

describe('opening hours: the remaining edges', () => {
  it('the defaults of the schema are the default hours', () => {
    expect(openingHoursSchema.parse({})).toEqual(DEFAULT_OPENING_HOURS);
    expect(DEFAULT_OPENING_HOURS).toEqual({ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30', issueOutsideHours: false });
    expect(openingHoursSchema.safeParse({ opens: '15:30', closes: '15:30' }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ opens: '23:59', closes: '24:00' }).success).toBe(false);
    expect(NO_HOLIDAYS('2026-11-23')).toBe(false);
  });

  it('the status carries a copy of the hours, and closing minutes count (15:29 open, 15:30 closed)', () => {
    const s = status('2026-11-23T08:29:59Z');
    expect(s).toEqual({ open: true, issuing: true, next: null, hours: { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30' } });
    expect(s.hours.days).not.toBe(DEFAULT_OPENING_HOURS.days);
    expect(status('2026-11-23T08:30:00Z').open).toBe(false);
  });

  it('a Sunday is weekday 7; Saturday service opens it', () => {
    const hours = { ...DEFAULT_OPENING_HOURS, days: [6, 7] };
    expect(status('2026-11-22T03:00:00Z', { hours })).toMatchObject({ open: true });
    expect(status('2026-11-23T03:00:00Z', { hours }).next).toEqual({ serviceDay: '2026-11-28', weekday: 6, time: '08.00', today: false });
    expect(status('2026-11-21T23:30:00Z', { hours }).next).toEqual({ serviceDay: '2026-11-22', weekday: 7, time: '08.00', today: true });
  });

  it('before opening on a holiday the next opening is another day', () => {
    expect(status('2026-11-23T00:30:00Z', { isHoliday: (d) => d === '2026-11-23' }).next).toEqual({ serviceDay: '2026-11-24', weekday: 2, time: '08.00', today: false });
  });

  it('looks 31 days ahead over a long holiday, no further; no serving day gives no next opening', () => {
    const closedUntil = (last: string) => (d: string) => d <= last;
    // Monday 23 Nov, closed through 23 Dec (a Wednesday): 24 Dec is 31 days later.
    expect(status('2026-11-23T10:00:00Z', { isHoliday: closedUntil('2026-12-23') }).next).toMatchObject({ serviceDay: '2026-12-24' });
    expect(status('2026-11-23T10:00:00Z', { isHoliday: closedUntil('2026-12-24') }).next).toBeNull();
    expect(status('2026-11-23T03:00:00Z', { hours: { ...DEFAULT_OPENING_HOURS, days: [] } })).toMatchObject({ open: false, next: null });
  });

  it('days in words: a run of three or more, two days listed, unsorted input sorted', () => {
    expect(hoursText({ days: [5, 4, 3], opens: '08:00', closes: '12:00' }, 'id')).toBe('Rabu-Jumat, 08.00-12.00');
    expect(hoursText({ days: [1, 2], opens: '08:00', closes: '12:00' }, 'id')).toBe('Senin, Selasa, 08.00-12.00');
    expect(hoursText({ days: [1, 2, 4], opens: '08:00', closes: '12:00' }, 'id')).toBe('Senin, Selasa, Kamis, 08.00-12.00');
    expect(hoursText({ days: [6, 7, 1], opens: '07:30', closes: '12:00' }, 'en')).toBe('Monday, Saturday, Sunday, 07.30-12.00');
    expect(hoursText({ days: [1, 2, 3, 4, 5, 6, 7], opens: '08:00', closes: '15:30' }, 'en')).toBe('Monday-Sunday, 08.00-15.30');
    expect(dotted('08:00')).toBe('08.00');
  });

  it('next opening and service start sentences', () => {
    expect(nextOpeningText(null, 'id')).toBeNull();
    expect(nextOpeningText({ serviceDay: '2026-11-23', weekday: 1, time: '08.00', today: true }, 'id')).toBe('hari ini pukul 08.00');
    expect(nextOpeningText({ serviceDay: '2026-11-23', weekday: 1, time: '08.00', today: true }, 'en')).toBe('today at 08.00');
    expect(nextOpeningText({ serviceDay: '2026-11-29', weekday: 7, time: '09.00', today: false }, 'en')).toBe('Sunday at 09.00');
    const input = { timeZone: 'Asia/Jakarta' as const, hours: DEFAULT_OPENING_HOURS };
    expect(serviceStartText({ ...input, nowMs: at('2026-11-23T03:00:00Z') }, 'id')).toBeNull();
    expect(serviceStartText({ ...input, nowMs: at('2026-11-23T00:00:00Z') }, 'id')).toBe('hari ini pukul 08.00');
    expect(serviceStartText({ ...input, nowMs: at('2026-11-27T10:00:00Z') }, 'en')).toBe('Monday at 08.00');
  });
});
