/**
 * Paper dates and times at their edges: a day and month without leading zeros, single-digit hours
 * and minutes padded, midnight as 00, and text that is no calendar date returned as given.
 */
import { describe, expect, it } from 'vitest';
import { formatDateId, formatIsoDateId, formatTimeId } from './branch-time.ts';

describe('branch dates and times on paper', () => {
  it('a calendar date: day without its zero, every month named, other text kept as it was', () => {
    expect(formatIsoDateId('2026-01-05')).toBe('5 Januari 2026');
    expect(formatIsoDateId('2026-12-31')).toBe('31 Desember 2026');
    for (const notADate of ['2026-13-01', '2026-00-10', '2026-1-05', 'x2026-01-05', '2026-01-05x', '']) {
      expect(formatIsoDateId(notADate), notADate).toBe(notADate);
    }
  });

  it('an instant: padded hours and minutes, midnight as 00, the local date at the branch', () => {
    expect(formatTimeId(new Date('2026-01-04T18:05:00Z'), 'Asia/Jakarta')).toBe('01.05 WIB');
    expect(formatTimeId(new Date('2026-01-04T17:00:00Z'), 'Asia/Jakarta')).toBe('00.00 WIB');
    expect(formatTimeId(new Date('2026-01-04T16:59:00Z'), 'Asia/Jakarta')).toBe('23.59 WIB');
    expect(formatDateId(new Date('2026-01-04T17:00:00Z'), 'Asia/Jakarta')).toBe('5 Januari 2026');
    expect(formatDateId(new Date('2026-12-31T14:59:00Z'), 'Asia/Jayapura')).toBe('31 Desember 2026');
    expect(formatDateId(new Date('2026-12-31T15:00:00Z'), 'Asia/Jayapura')).toBe('1 Januari 2027');
  });
});
