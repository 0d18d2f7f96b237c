import { describe, expect, it } from 'vitest';
import { clockWarningId, jumpSizeId } from './clock-id.ts';

describe('the clock warning in Indonesian', () => {
  it('says the size of a jump in minutes, hours or days', () => {
    expect(jumpSizeId(7 * 60_000)).toBe('7 menit');
    expect(jumpSizeId(-86_400_000)).toBe('24 jam');
    expect(jumpSizeId(3 * 86_400_000)).toBe('3 hari');
  });

  it('warns only while jumped, saying which way and what the server does meanwhile', () => {
    const base = { serverTime: '2026-11-23T03:00:00.000Z', wallTime: '2026-11-22T03:00:00.000Z', offsetMs: -86_400_000, since: '2026-11-23T03:00:00.000Z', thresholdMs: 300_000 };
    expect(clockWarningId({ ...base, state: 'ok', direction: null, offsetMs: 0 }, 'Asia/Jakarta')).toBeNull();
    const back = clockWarningId({ ...base, state: 'jumped', direction: 'backward' }, 'Asia/Jakarta');
    expect(back).toMatch(/melompat mundur 24 jam .*22 Nov 2026, 10\.00.*23 Nov 2026, 10\.00.*tidak ada nomor yang terbit dua kali/);
    expect(clockWarningId({ ...base, state: 'jumped', direction: 'forward', offsetMs: 86_400_000 }, 'Asia/Jakarta')).toMatch(/maju 24 jam.*tidak ditutup/);
  });
});
