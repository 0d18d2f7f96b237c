import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS, hoursText, nextOpeningText, openingStatus, openingHoursSchema } from './opening-hours.ts';

// 2026-11-23 is a Monday. 01:00Z = 08:00 WIB.
const at = (iso: string) => Date.parse(iso);
const status = (iso: string, extra: Partial<Parameters<typeof openingStatus>[0]> = {}) =>
  openingStatus({ nowMs: at(iso), timeZone: 'Asia/Jakarta', hours: DEFAULT_OPENING_HOURS, ...extra });

describe('opening hours', () => {
  it('is open 08.00-15.30 WIB on a weekday, closed at the edges', () => {
    expect(status('2026-11-23T00:59:00Z')).toMatchObject({ open: false, issuing: false, next: { today: true, time: '08.00' } });
    expect(status('2026-11-23T01:00:00Z')).toMatchObject({ open: true, issuing: true, next: null });
    expect(status('2026-11-23T08:29:00Z').open).toBe(true);
    expect(status('2026-11-23T08:30:00Z')).toMatchObject({ open: false, next: { today: false, weekday: 2, serviceDay: '2026-11-24' } });
  });

  it('after Friday closing the next opening is Monday; the local zone decides (WITA opens an hour earlier in UTC)', () => {
    const friday = status('2026-11-27T10:00:00Z');
    expect(friday.next).toMatchObject({ weekday: 1, serviceDay: '2026-11-30' });
    expect(nextOpeningText(friday.next, 'id')).toBe('hari Senin pukul 08.00');
    expect(nextOpeningText(friday.next, 'en')).toBe('Monday at 08.00');
    expect(openingStatus({ nowMs: at('2026-11-23T00:30:00Z'), timeZone: 'Asia/Makassar', hours: DEFAULT_OPENING_HOURS }).open).toBe(true);
  });

  it('holidays come from the isHoliday parameter (no list here), and staff may allow issuing outside the hours', () => {
    const holiday = status('2026-11-23T03:00:00Z', { isHoliday: (day) => day === '2026-11-23' });
    expect(holiday).toMatchObject({ open: false, issuing: false, next: { serviceDay: '2026-11-24' } });
    const allowed = status('2026-11-22T03:00:00Z', { hours: { ...DEFAULT_OPENING_HOURS, issueOutsideHours: true } });
    expect(allowed).toMatchObject({ open: false, issuing: true });
  });

  it('says the hours in words and refuses a file that closes before it opens', () => {
    expect(hoursText(DEFAULT_OPENING_HOURS, 'id')).toBe('Senin-Jumat, 08.00-15.30');
    expect(hoursText({ days: [1, 3, 5], opens: '09:00', closes: '12:00' }, 'en')).toBe('Monday, Wednesday, Friday, 09.00-12.00');
    expect(openingHoursSchema.safeParse({ opens: '16:00', closes: '15:30' }).success).toBe(false);
    expect(openingHoursSchema.safeParse({ opens: '8:00' }).success).toBe(false);
  });
});
