import { describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { idleMachine } from './idle.machine.ts';

/**
 * SimulatedClock.increment fires the timers due by the new time, but a timer set while firing
 * counts from the new time; the countdown re-arms every second, so walk time in 1 s steps.
 */
function advance(clock: SimulatedClock, ms: number) {
  for (let left = ms; left > 0; left -= Math.min(1_000, left)) clock.increment(Math.min(1_000, left));
}

function start(idleMs = 60_000, warningSeconds = 20) {
  const clock = new SimulatedClock();
  const resetSession = vi.fn();
  const actor = createActor(idleMachine.provide({ actions: { resetSession } }), { clock, input: { idleMs, warningSeconds } }).start();
  return { clock, resetSession, actor };
}

describe('idle reset', () => {
  it('does nothing while nothing is in progress', () => {
    const { clock, actor, resetSession } = start();
    advance(clock, 10 * 60_000);
    expect(actor.getSnapshot().value).toBe('off');
    expect(resetSession).not.toHaveBeenCalled();
  });

  it('warns after inactivity, counts down every second, then resets', () => {
    const { clock, actor, resetSession } = start();
    actor.send({ type: 'session.watch' });
    clock.increment(59_999);
    expect(actor.getSnapshot().value).toBe('watching');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('warning');
    expect(actor.getSnapshot().context.secondsLeft).toBe(20);
    clock.increment(1_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(19);
    advance(clock, 18_000);
    expect(actor.getSnapshot().context.secondsLeft).toBe(1);
    expect(resetSession).not.toHaveBeenCalled();
    clock.increment(1_000);
    expect(resetSession).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('off');
  });

  it('a touch during the warning continues the session and restarts the wait', () => {
    const { clock, actor, resetSession } = start(5_000);
    actor.send({ type: 'session.watch' });
    for (let extension = 0; extension < 12; extension++) {
      advance(clock, 5_000 + 15_000);
      expect(actor.getSnapshot().value).toBe('warning');
      actor.send({ type: 'user.activity' });
      expect(actor.getSnapshot().value).toBe('watching');
    }
    expect(resetSession).not.toHaveBeenCalled();
  });

  it('activity before the warning restarts the wait', () => {
    const { clock, actor } = start(5_000);
    actor.send({ type: 'session.watch' });
    clock.increment(4_000);
    actor.send({ type: 'user.activity' });
    clock.increment(4_000);
    expect(actor.getSnapshot().value).toBe('watching');
  });

  it('stops watching when the session ends by itself', () => {
    const { clock, actor, resetSession } = start(5_000);
    actor.send({ type: 'session.watch' });
    clock.increment(6_000);
    actor.send({ type: 'session.unwatch' });
    advance(clock, 60_000);
    expect(resetSession).not.toHaveBeenCalled();
  });
});
