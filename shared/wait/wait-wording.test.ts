import { describe, expect, it } from 'vitest';
import { aheadText, formatDuration, waitRange, waitText } from './wait-wording.ts';

describe('wait wording', () => {
  it('says that no counter is open instead of "soon", with the start time when known', () => {
    expect(waitText({ ahead: 0, estimatedWaitMinutes: 0, openCounters: 0 }, 'id')).toBe('Saat ini belum ada loket yang buka untuk layanan ini');
    expect(waitText({ ahead: 3, estimatedWaitMinutes: 45, openCounters: 0, serviceStartsAt: 'hari ini pukul 08.00' }, 'id')).toBe('Belum ada loket yang buka; layanan mulai hari ini pukul 08.00');
    expect(waitText({ ahead: 0, estimatedWaitMinutes: 0, openCounters: 0 }, 'en')).toBe('No counter is open for this service right now');
  });

  it('says "next" only when nobody is ahead and a counter is open', () => {
    expect(waitText({ ahead: 0, estimatedWaitMinutes: 0, openCounters: 1 }, 'id')).toBe('Anda berikutnya dipanggil');
    expect(waitRange({ ahead: 1, estimatedWaitMinutes: 4, openCounters: 1 })).toEqual({ kind: 'range', lowMinutes: 0, highMinutes: 5 });
    expect(waitText({ ahead: 1, estimatedWaitMinutes: 4, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu kurang dari 5 menit');
  });

  it('gives a range in 5-minute steps under an hour', () => {
    expect(waitRange({ ahead: 2, estimatedWaitMinutes: 24, openCounters: 1 })).toEqual({ kind: 'range', lowMinutes: 15, highMinutes: 30 });
    expect(waitText({ ahead: 2, estimatedWaitMinutes: 24, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu sekitar 15-30 menit');
    expect(waitText({ ahead: 2, estimatedWaitMinutes: 24, openCounters: 1 }, 'en')).toBe('Estimated wait about 15-30 min');
  });

  it('gives hours and minutes for long waits: 14 people, one counter of 15 minutes is not "210 menit"', () => {
    const text = waitText({ ahead: 14, estimatedWaitMinutes: 210, openCounters: 1 }, 'id');
    expect(text).toBe('Perkiraan menunggu sekitar 2 jam 30 menit - 4 jam 30 menit');
    expect(text).not.toMatch(/210/);
    expect(waitText({ ahead: 5, estimatedWaitMinutes: 75, openCounters: 1 }, 'id')).toBe('Perkiraan menunggu sekitar 45 menit - 1 jam 45 menit');
  });

  it('every range holds the estimate and widens with it', () => {
    let lastWidth = 0;
    for (let m = 6; m <= 600; m += 1) {
      const r = waitRange({ ahead: 3, estimatedWaitMinutes: m, openCounters: 1 });
      if (r.kind !== 'range') throw new Error(`no range for ${m}`);
      expect(r.lowMinutes).toBeLessThanOrEqual(m);
      expect(r.highMinutes).toBeGreaterThanOrEqual(m);
      const width = r.highMinutes - r.lowMinutes;
      expect(width).toBeGreaterThanOrEqual(lastWidth - 30);
      lastWidth = Math.max(lastWidth, width);
    }
  });

  it('formats durations and the one exact fact', () => {
    expect(formatDuration(45, 'id')).toBe('45 menit');
    expect(formatDuration(60, 'id')).toBe('1 jam');
    expect(formatDuration(135, 'en')).toBe('2 hours 15 min');
    expect(aheadText(0, 'id')).toBe('Tidak ada antrean sebelum Anda');
    expect(aheadText(3, 'id')).toBe('3 orang sebelum Anda');
    expect(aheadText(1, 'en')).toBe('1 person ahead of you');
  });
});
