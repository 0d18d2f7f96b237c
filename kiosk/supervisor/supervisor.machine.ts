/**
 * The supervisor page's state as an actor: the overview is fetched on every queue event
 * (debounced), after every snapshot and every 15 s, so waits keep growing on screen even when
 * nothing happens; a help request is marked resolved one at a time. The live connection runs as
 * its child. I/O comes in as actors (main.tsx provides the real ones, tests fakes).
 */
import { assign, enqueueActions, fromPromise, raise, setup } from 'xstate';
import type { OverviewDto } from '../../shared/contracts/queue.ts';
import { liveMachine, type LiveDeps, type LiveMessage } from '../staff/lib/live.machine.ts';
import { failureOf } from '../staff/lib/staff-api.ts';

export const SUPERVISOR_TIMING = { debounceMs: 300, reloadMs: 15_000 };

export interface SupervisorInput {
  liveDeps: LiveDeps;
}

export interface SupervisorContext {
  liveDeps: LiveDeps;
  overview: OverviewDto | null;
  error: string | null;
  busyHelpId: number | null;
  /** The counter being released ("Lepas loket"), one at a time. */
  busyCounterId: string | null;
  /** What the last release did, said on the page. */
  notice: string | null;
  timeZone: string;
  /** Bumped when the session changes (sign-in, sign-out, expiry), so the page re-renders. */
  session: number;
  loadAgain: boolean;
}

export type SupervisorEvent =
  | LiveMessage
  | { type: 'load' }
  | { type: 'help.resolve'; id: number }
  | { type: 'counter.release'; id: string }
  | { type: 'session.changed' };

export const supervisorMachine = setup({
  types: { context: {} as SupervisorContext, events: {} as SupervisorEvent, input: {} as SupervisorInput },
  actors: {
    live: liveMachine,
    /** null when nobody is signed in (nothing to load). Rejects with a StaffApiError. */
    loadOverview: fromPromise<OverviewDto | null>(async () => null),
    /** Rejects with a StaffApiError. */
    resolveHelp: fromPromise<void, { id: number }>(async () => undefined),
    /** Answers what to say (e.g. which number went back to its line). Rejects with a StaffApiError. */
    releaseCounter: fromPromise<string, { id: string }>(async () => ''),
  },
  actions: {
    /** One load for a burst of events: each event moves it later. */
    loadSoon: enqueueActions(({ enqueue }) => {
      enqueue.cancel('soon');
      enqueue.raise({ type: 'load' }, { id: 'soon', delay: SUPERVISOR_TIMING.debounceMs });
    }),
  },
}).createMachine({
  id: 'supervisor',
  context: ({ input }) => ({ liveDeps: input.liveDeps, overview: null, error: null, busyHelpId: null, busyCounterId: null, notice: null, timeZone: 'Asia/Jakarta', session: 0, loadAgain: false }),
  invoke: { id: 'live', src: 'live', input: ({ context, self }) => ({ deps: context.liveDeps, notify: (m: LiveMessage) => self.send(m) }) },
  type: 'parallel',
  on: {
    'live.snapshot': { actions: [assign({ timeZone: ({ event }) => event.snapshot.branch.timeZone }), 'loadSoon'] },
    'live.event': { actions: 'loadSoon' },
    'session.changed': { actions: [assign({ session: ({ context }) => context.session + 1 }), raise({ type: 'load' })] },
  },
  states: {
    overview: {
      initial: 'loading',
      states: {
        idle: {
          after: { [SUPERVISOR_TIMING.reloadMs]: 'loading' },
          on: { load: 'loading' },
        },
        loading: {
          entry: assign({ loadAgain: false }),
          on: { load: { actions: assign({ loadAgain: true }) } },
          invoke: {
            src: 'loadOverview',
            onDone: { target: 'settled', actions: assign(({ event, context }) => (event.output ? { overview: event.output, error: null } : { overview: context.overview })) },
            onError: { target: 'settled', actions: assign({ error: ({ event }) => failureOf(event.error, 'Data tidak dapat dimuat.').message }) },
          },
        },
        settled: { always: [{ guard: ({ context }) => context.loadAgain, target: 'loading' }, { target: 'idle' }] },
      },
    },
    release: {
      initial: 'idle',
      states: {
        idle: {
          on: { 'counter.release': { target: 'releasing', actions: assign({ busyCounterId: ({ event }) => event.id, notice: null }) } },
        },
        releasing: {
          invoke: {
            src: 'releaseCounter',
            input: ({ context }) => ({ id: context.busyCounterId ?? '' }),
            onDone: { target: 'idle', actions: assign({ notice: ({ event }) => event.output, error: null }) },
            onError: { target: 'idle', actions: assign({ error: ({ event }) => failureOf(event.error, 'Loket tidak dapat dilepas.').message }) },
          },
          exit: [assign({ busyCounterId: null }), raise({ type: 'load' })],
        },
      },
    },
    help: {
      initial: 'idle',
      states: {
        idle: {
          on: { 'help.resolve': { target: 'resolving', actions: assign({ busyHelpId: ({ event }) => event.id }) } },
        },
        resolving: {
          invoke: {
            src: 'resolveHelp',
            input: ({ context }) => ({ id: context.busyHelpId ?? 0 }),
            onDone: { target: 'idle' },
            onError: {
              target: 'idle',
              // "Sudah ditangani" by someone else is fine: the list reloads either way.
              actions: assign(({ event }) => {
                const failure = failureOf(event.error, 'Gagal menandai.');
                return failure.code === 'help.already_resolved' ? {} : { error: failure.message };
              }),
            },
          },
          exit: [assign({ busyHelpId: null }), raise({ type: 'load' })],
        },
      },
    },
  },
});
