/** The kiosk's idle reset at its edges, for the timings the app uses and for odd ones. */
import { describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { idleMachine } from './idle.machine.ts';

function start(idleMs: number, warningSeconds: number) {
  const clock = new SimulatedClock();
  const resetSession = vi.fn();
  const actor = createActor(idleMachine.provide({ actions: { resetSession } }), { clock, input: { idleMs, warningSeconds } }).start();
  actor.send({ type: 'session.watch' });
  return { clock, resetSession, actor };
}

/** Walks time in steps no longer than a second (the countdown re-arms every second). */
function advance(clock: SimulatedClock, ms: number) {
  for (let left = ms; left > 0; left -= Math.min(1_000, left)) clock.increment(Math.min(1_000, left));
}

describe('idle reset boundaries', () => {
  for (const [idleMs, warningSeconds] of [
    [60_000, 20],
    [45_000, 10],
    [5_000, 1],
  ] as const) {
    it(`idle ${idleMs} ms, warning ${warningSeconds} s: warns exactly at ${idleMs} ms, resets exactly ${warningSeconds} s later`, () => {
      const { clock, actor, resetSession } = start(idleMs, warningSeconds);
      clock.increment(idleMs - 1);
      expect(actor.getSnapshot().value).toBe('watching');
      clock.increment(1);
      expect(actor.getSnapshot().value).toBe('warning');
      expect(actor.getSnapshot().context.secondsLeft).toBe(warningSeconds);
      advance(clock, warningSeconds * 1_000 - 1);
      expect(resetSession).not.toHaveBeenCalled();
      expect(actor.getSnapshot().value).toBe('warning');
      clock.increment(1);
      expect(resetSession).toHaveBeenCalledTimes(1);
      expect(actor.getSnapshot().value).toBe('off');
    });
  }

  it('a touch one millisecond before the warning restarts the full wait', () => {
    const { clock, actor } = start(10_000, 5);
    clock.increment(9_999);
    actor.send({ type: 'user.activity' });
    clock.increment(9_999);
    expect(actor.getSnapshot().value).toBe('watching');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('warning');
  });

  it('a touch in the last second of the warning keeps the session; the next warning counts from full again', () => {
    const { clock, actor, resetSession } = start(10_000, 5);
    clock.increment(10_000);
    advance(clock, 4_999);
    actor.send({ type: 'user.activity' });
    expect(actor.getSnapshot().value).toBe('watching');
    clock.increment(10_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(5);
    expect(resetSession).not.toHaveBeenCalled();
  });

  it('the session ending on its own during the warning stops the countdown without a reset', () => {
    const { clock, actor, resetSession } = start(10_000, 5);
    clock.increment(10_000);
    actor.send({ type: 'session.unwatch' });
    advance(clock, 60_000);
    expect(actor.getSnapshot().value).toBe('off');
    expect(resetSession).not.toHaveBeenCalled();
  });
});
