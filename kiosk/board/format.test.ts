import { describe, expect, it } from 'vitest';
import { boardClock, minutesBetween } from './format.ts';

describe('boardClock', () => {
  const instant = new Date('2026-11-21T03:05:09Z');
  it('shows the branch time, not the machine time, with the zone name', () => {
    expect(boardClock(instant, 'Asia/Jakarta')).toEqual({ date: 'Sabtu, 21 November 2026', time: '10.05.09 WIB' });
    expect(boardClock(instant, 'Asia/Makassar').time).toBe('11.05.09 WITA');
    expect(boardClock(instant, 'Asia/Jayapura').time).toBe('12.05.09 WIT');
  });
  it('falls back to WIB for a zone that is not Indonesian', () => {
    expect(boardClock(instant, 'Mars/Olympus').time).toBe('10.05.09 WIB');
  });
  it('crosses midnight in the branch zone', () => {
    expect(boardClock(new Date('2026-11-21T17:30:00Z'), 'Asia/Jakarta').date).toBe('Minggu, 22 November 2026');
  });
});

describe('minutesBetween', () => {
  it('is whole minutes and never negative or NaN', () => {
    const now = Date.parse('2026-11-21T03:10:00Z');
    expect(minutesBetween('2026-11-21T03:00:30Z', now)).toBe(9);
    expect(minutesBetween('2026-11-21T03:20:00Z', now)).toBe(0);
    expect(minutesBetween('garbage', now)).toBeNull();
    expect(minutesBetween(null, now)).toBeNull();
  });
});
