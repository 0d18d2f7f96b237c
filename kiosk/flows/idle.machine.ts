/**
 * Idle reset for a shared public screen. While a visitor has something in progress (the app
 * sends `session.watch`), inactivity leads to a visible countdown warning; any touch during the
 * warning continues the session, silence to the end resets everything (`resetSession`, provided
 * by the app). The countdown ticks on the machine's clock so tests run it on a SimulatedClock.
 */
import { assign, setup } from 'xstate';

export interface IdleContext {
  idleMs: number;
  warningSeconds: number;
  secondsLeft: number;
}

export type IdleEvent = { type: 'session.watch' } | { type: 'session.unwatch' } | { type: 'user.activity' };

export const idleMachine = setup({
  types: {
    context: {} as IdleContext,
    events: {} as IdleEvent,
    input: {} as { idleMs: number; warningSeconds: number },
  },
  actions: {
    resetSession: () => {
      // Provided by the app: back home, clear inputs and accessibility settings.
    },
    startCountdown: assign({ secondsLeft: ({ context }) => context.warningSeconds }),
    countDown: assign({ secondsLeft: ({ context }) => context.secondsLeft - 1 }),
  },
  guards: {
    lastSecond: ({ context }) => context.secondsLeft <= 1,
  },
  delays: {
    idle: ({ context }) => context.idleMs,
  },
}).createMachine({
  id: 'idle',
  context: ({ input }) => ({ idleMs: input.idleMs, warningSeconds: input.warningSeconds, secondsLeft: input.warningSeconds }),
  initial: 'off',
  states: {
    off: {
      on: { 'session.watch': 'watching' },
    },
    watching: {
      after: { idle: { target: 'warning', actions: 'startCountdown' } },
      on: {
        'user.activity': { target: 'watching', reenter: true },
        'session.unwatch': 'off',
      },
    },
    warning: {
      after: {
        1000: [
          { guard: 'lastSecond', target: 'off', actions: 'resetSession' },
          { target: 'warning', reenter: true, actions: 'countDown' },
        ],
      },
      on: {
        'user.activity': 'watching',
        'session.unwatch': 'off',
      },
    },
  },
});
