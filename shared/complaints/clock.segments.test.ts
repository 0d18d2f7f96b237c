/** The clock's segments at their edges: every effect, repeated effects, an empty history. */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/working-days.ts';
import { applyClockEffect, startClock, viewClock, type ClockSegment } from './clock.ts';

const cal = buildCalendar();
const WIB = 'Asia/Jakarta' as const;
const t = (iso: string) => Date.parse(iso);
const received = t('2026-04-28T10:00:00+07:00');
const paused = t('2026-04-30T09:00:00+07:00');
const resumed = t('2026-05-11T10:00:00+07:00');

describe('clock segments', () => {
  const clock = startClock(received, 'kiosk');

  it('keep changes nothing and hands back a copy', () => {
    const kept = applyClockEffect(clock, 'keep', paused, 'siti', 'verifikasi');
    expect(kept).toEqual(clock);
    expect(kept).not.toBe(clock);
  });

  it('a pause closes the running segment at that moment and opens an open-ended paused one', () => {
    expect(applyClockEffect(clock, 'pause', paused, 'siti', 'KTP')).toEqual([
      { kind: 'running', start: received, end: paused, by: 'kiosk', reason: null },
      { kind: 'paused', start: paused, end: null, by: 'siti', reason: 'KTP' },
    ]);
  });

  it('a stop is a closed segment of its own moment', () => {
    const stopped = applyClockEffect(clock, 'stop', paused, 'siti', 'selesai');
    expect(stopped.at(-1)).toEqual({ kind: 'stopped', start: paused, end: paused, by: 'siti', reason: 'selesai' });
  });

  it('the same effect twice adds nothing, however long the history', () => {
    const once = applyClockEffect(applyClockEffect(clock, 'pause', paused, 'siti', 'KTP'), 'run', resumed, 'siti', null);
    expect(once).toHaveLength(3);
    expect(applyClockEffect(once, 'run', resumed + 1000, 'budi', null)).toEqual(once);
    const pausedTwice = applyClockEffect(applyClockEffect(clock, 'pause', paused, 'siti', 'KTP'), 'pause', resumed, 'budi', 'lagi');
    expect(pausedTwice).toHaveLength(2);
    expect(pausedTwice[1]).toMatchObject({ by: 'siti', reason: 'KTP', end: null });
  });

  it('a segment already closed keeps its end when the clock runs again', () => {
    const stopped = applyClockEffect(clock, 'stop', paused, 'siti', null);
    const again = applyClockEffect(stopped, 'run', resumed, 'siti', null);
    expect(again[1]).toEqual({ kind: 'stopped', start: paused, end: paused, by: 'siti', reason: null });
    expect(again[2]).toEqual({ kind: 'running', start: resumed, end: null, by: 'siti', reason: null });
  });

  it('an end before its start (a clock set back) is the start', () => {
    expect(applyClockEffect(clock, 'pause', received - 5000, 'siti', null)[0]?.end).toBe(received);
  });

  it('a stopped or paused clock is never overdue and a stopped one has no pause', () => {
    const late = t('2026-07-01T09:00:00+07:00');
    const stopped = viewClock(applyClockEffect(clock, 'stop', paused, 'siti', null), cal, WIB, late);
    expect(stopped).toMatchObject({ state: 'stopped', overdue: false, warning: 'none', pause: null, dueDate: null });
    expect(viewClock(applyClockEffect(clock, 'pause', paused, 'siti', 'KTP'), cal, WIB, late)).toMatchObject({ state: 'paused', overdue: false });
  });

  it('no segments at all reads as stopped, with nothing used', () => {
    const none: ClockSegment[] = [];
    expect(viewClock(none, cal, WIB, received)).toEqual({ state: 'stopped', usedDays: 0, leftDays: 5, dueDate: null, overdue: false, warning: 'none', pause: null });
  });
});
