import { afterEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_ACTOR } from './engine/actor.ts';
import { startHousekeeping } from './housekeeping.ts';
import { makeTestServices } from './testing/fixtures.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('the housekeeping tick', () => {
  it('closes the past day on the next tick after local midnight, with nobody pressing anything', () => {
    vi.useFakeTimers();
    const s = makeTestServices({ start: '2026-11-23T16:59:00Z' }); // 23:59 WIB
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    const stop = startHousekeeping(s, () => undefined, 60_000);
    s.clock.advanceMinutes(2); // 00:01 WIB
    expect(s.engine.ticketsOfDay('2026-11-23').map((t) => t.status)).toEqual(['waiting']);
    vi.advanceTimersByTime(60_000);
    expect(s.engine.ticketsOfDay('2026-11-23').map((t) => t.status)).toEqual(['expired']);
    stop();
  });

  it('a failing tick is logged and the next one runs again', () => {
    vi.useFakeTimers();
    const s = makeTestServices();
    const logged: string[] = [];
    let failures = 1;
    const purge = s.events.purgeBefore.bind(s.events);
    let purges = 0;
    s.events.purgeBefore = (at: number) => {
      purges++;
      if (failures-- > 0) throw new Error('disk I/O error');
      purge(at);
    };
    const stop = startHousekeeping(s, (message) => void logged.push(message), 1000);
    vi.advanceTimersByTime(2000);
    stop();
    vi.advanceTimersByTime(5000);
    expect(logged).toEqual([expect.stringContaining('Pemeliharaan berkala gagal')]);
    expect(purges).toBe(2);
  });
});
