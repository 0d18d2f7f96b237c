import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECREES, NATIONAL_CALENDAR } from './holidays.ts';
import { BRANCH_TIME_ZONES } from './timezone.ts';
import { addDays, addWorkingDays, buildCalendar, dueDate, isWorkingDay, localDateOf, weekdayOf, workingDaysBetween } from './working-days.ts';

const cal = buildCalendar();
const at = (iso: string) => Date.parse(iso);

describe('the curated national calendar', () => {
  const count = (year: string, kind: string) => NATIONAL_CALENDAR.filter((e) => e.date.startsWith(year) && e.kind === kind).length;

  it('has the counts the decrees state: 2025 17+10 (+18 Aug), 2026 17+8, 2027 18+8', () => {
    expect([count('2025', 'libur_nasional'), count('2025', 'cuti_bersama'), count('2025', 'libur_khusus')]).toEqual([17, 10, 1]);
    expect([count('2026', 'libur_nasional'), count('2026', 'cuti_bersama')]).toEqual([17, 8]);
    expect([count('2027', 'libur_nasional'), count('2027', 'cuti_bersama')]).toEqual([18, 8]);
  });

  it('names a known decree for every date, lists each date once, and keeps cuti bersama on weekdays', () => {
    const ids = new Set(DECREES.map((d) => d.id));
    for (const e of NATIONAL_CALENDAR) expect(ids.has(e.source), e.date).toBe(true);
    expect(new Set(NATIONAL_CALENDAR.map((e) => e.date)).size).toBe(NATIONAL_CALENDAR.length);
    for (const e of NATIONAL_CALENDAR.filter((x) => x.kind === 'cuti_bersama')) expect([1, 2, 3, 4, 5], e.date).toContain(weekdayOf(e.date));
  });
});

// Each row worked out by hand on the decree's list (see the comment of each row).
const TABLE: { received: string; zone: (typeof BRANCH_TIME_ZONES)[number]; due: string; why: string }[] = [
  { received: '2026-04-28T10:00:00+07:00', zone: 'Asia/Jakarta', due: '2026-05-06', why: 'SKB 2026: 1 Mei Hari Buruh skipped' },
  { received: '2025-03-27T09:00:00+07:00', zone: 'Asia/Jakarta', due: '2025-04-14', why: 'SKB 2025: cuti Nyepi 28/3, Idul Fitri 31/3-1/4, cuti 2,3,4,7/4' },
  { received: '2025-08-15T14:00:00+07:00', zone: 'Asia/Jakarta', due: '2025-08-25', why: '18 Agustus 2025 added by the government' },
  { received: '2025-12-22T08:00:00+07:00', zone: 'Asia/Jakarta', due: '2025-12-31', why: 'SKB 2025: Natal 25/12 + cuti 26/12' },
  { received: '2025-12-24T08:00:00+07:00', zone: 'Asia/Jakarta', due: '2026-01-05', why: 'year end: 25, 26/12 (SKB 2025), 1/1 (SKB 2026)' },
  { received: '2026-03-17T11:00:00+07:00', zone: 'Asia/Jakarta', due: '2026-03-31', why: 'SKB 2026: cuti 18/3, Nyepi 19/3, cuti 20/3, Idul Fitri 21-22/3, cuti 23-24/3' },
  { received: '2026-12-23T15:00:00+07:00', zone: 'Asia/Jakarta', due: '2027-01-04', why: 'cuti 24/12, Natal 25/12 (SKB 2026), 1/1/2027 (SKB 2027)' },
  { received: '2027-03-05T10:00:00+07:00', zone: 'Asia/Jakarta', due: '2027-03-22', why: 'SKB 2027: Nyepi 8/3, cuti 9/3, Idul Fitri 10-11/3, cuti 12/3 and 15/3' },
  { received: '2027-03-24T10:00:00+07:00', zone: 'Asia/Jakarta', due: '2027-04-02', why: 'SKB 2027: cuti 25/3, Wafat Yesus Kristus 26/3' },
  { received: '2027-05-14T10:00:00+07:00', zone: 'Asia/Jakarta', due: '2027-05-27', why: 'SKB 2027: Idul Adha 17/5, cuti 18/5 and 19/5, Waisak 20/5' },
  { received: '2027-12-23T10:00:00+07:00', zone: 'Asia/Jakarta', due: '2027-12-31', why: 'SKB 2027: cuti 24/12, Natal 25/12 (Sat), Isra Mikraj 26/12 (Sun)' },
  // Time zones: the same instant is a different local date at a WITA or WIT branch.
  { received: '2026-04-28T23:30:00+07:00', zone: 'Asia/Jakarta', due: '2026-05-06', why: 'still 28/4 in WIB' },
  { received: '2026-04-28T23:30:00+07:00', zone: 'Asia/Makassar', due: '2026-05-07', why: 'already 29/4 in WITA' },
  { received: '2027-03-04T23:30:00+07:00', zone: 'Asia/Jakarta', due: '2027-03-19', why: 'Thu 4/3 in WIB: Fri 5/3 is day 1' },
  { received: '2027-03-04T23:30:00+07:00', zone: 'Asia/Jayapura', due: '2027-03-22', why: 'already Fri 5/3 in WIT' },
];

describe('5 working days, the day of receipt not counted (table checked against the SKB lists)', () => {
  it.each(TABLE)('$received at $zone -> $due ($why)', ({ received, zone, due }) => {
    expect(dueDate(cal, at(received), zone, 5)).toBe(due);
  });

  it('a branch closure moves the due date by a working day', () => {
    const closed = buildCalendar([{ date: '2026-05-04', kind: 'tutup_cabang', name: 'Banjir', source: 'SE Kepala Cabang' }]);
    expect(dueDate(closed, at('2026-04-28T10:00:00+07:00'), 'Asia/Jakarta', 5)).toBe('2026-05-07');
    expect(closed.version).not.toBe(cal.version);
  });
});

const isoDay = fc.integer({ min: Date.UTC(2024, 11, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('working-day arithmetic (properties)', () => {
  it('the n-th working day is a working day after the start, and exactly n working days lie between', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDays(cal, start, n);
        expect(end > start).toBe(true);
        expect(isWorkingDay(cal, end)).toBe(true);
        expect([0, 6]).not.toContain(weekdayOf(end));
        expect(workingDaysBetween(cal, start, end)).toBe(n);
        expect(workingDaysBetween(cal, start, addDays(end, -1))).toBe(n - 1);
      }),
    );
  });

  it('counting a then b working days is counting a + b (so a pause can resume from what is left)', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (start, a, b) => {
        expect(addWorkingDays(cal, addWorkingDays(cal, start, a), b)).toBe(addWorkingDays(cal, start, a + b));
      }),
    );
  });

  it('closing one more day never brings a due date earlier', () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.integer({ min: 1, max: 10 }), (start, closedDay, n) => {
        const more = buildCalendar([{ date: closedDay, kind: 'tutup_cabang', name: 'tutup', source: 'uji' }]);
        expect(addWorkingDays(more, start, n) >= addWorkingDays(cal, start, n)).toBe(true);
      }),
    );
  });

  it('across year ends, weekends and holidays there are never more than 5 working days in 7 calendar days', () => {
    fc.assert(
      fc.property(isoDay, (start) => {
        expect(workingDaysBetween(cal, start, addDays(start, 7))).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('east of Jakarta the local date is the same or one day later, never earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }), (ms) => {
        const wib = localDateOf(ms, 'Asia/Jakarta');
        for (const zone of ['Asia/Makassar', 'Asia/Jayapura'] as const) {
          const local = localDateOf(ms, zone);
          expect([wib, addDays(wib, 1)]).toContain(local);
          expect(dueDate(cal, ms, zone, 5) >= dueDate(cal, ms, 'Asia/Jakarta', 5)).toBe(true);
        }
      }),
    );
  });
});
