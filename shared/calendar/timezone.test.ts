import { describe, expect, it } from 'vitest';
import { BRANCH_TIME_ZONES, isIsoDate, serviceDayOf, startOfServiceDay, TIME_ZONE_LABEL, UTC_OFFSET_MINUTES } from './timezone.ts';

describe('service day at the branch', () => {
  for (const tz of BRANCH_TIME_ZONES) {
    const midnight = Date.UTC(2026, 11, 31, 0, 0) - UTC_OFFSET_MINUTES[tz] * 60_000; // 31 Dec 00:00 local
    it(`${tz}: the day changes exactly at local midnight`, () => {
      expect(serviceDayOf(new Date(midnight - 1), tz)).toBe('2026-12-30');
      expect(serviceDayOf(new Date(midnight), tz)).toBe('2026-12-31');
      expect(serviceDayOf(new Date(midnight + 86_400_000 - 1), tz)).toBe('2026-12-31');
      expect(serviceDayOf(new Date(midnight + 86_400_000), tz)).toBe('2027-01-01');
    });

    it(`${tz}: the start of the service day is that local midnight`, () => {
      expect(startOfServiceDay(midnight, tz)).toBe(midnight);
      expect(startOfServiceDay(midnight + 1, tz)).toBe(midnight);
      expect(startOfServiceDay(midnight + 86_400_000 - 1, tz)).toBe(midnight);
      expect(startOfServiceDay(midnight - 1, tz)).toBe(midnight - 86_400_000);
    });
  }

  it('works before 1970 too (negative epoch milliseconds)', () => {
    const jakartaMidnight = Date.UTC(1969, 6, 20) - 420 * 60_000;
    expect(startOfServiceDay(jakartaMidnight + 5 * 3_600_000, 'Asia/Jakarta')).toBe(jakartaMidnight);
  });

  it('the three zones are one hour apart and labelled as Indonesians say them', () => {
    expect(UTC_OFFSET_MINUTES).toEqual({ 'Asia/Jakarta': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 });
    expect(TIME_ZONE_LABEL).toEqual({ 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' });
    // 16:30 UTC is already the next day in Jayapura only.
    const at = new Date(Date.UTC(2026, 5, 1, 15, 30));
    expect(BRANCH_TIME_ZONES.map((tz) => serviceDayOf(at, tz))).toEqual(['2026-06-01', '2026-06-01', '2026-06-02']);
  });
});

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(' 2026-01-01')).toBe(false);
    expect(isIsoDate('2026-01-01x')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
