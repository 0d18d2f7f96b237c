/**
 * The CSO console's state as an actor: the queue snapshot (from its live connection, a child
 * actor), the day's tickets and the overview (reloaded 150 ms after every snapshot or event, one
 * load at a time), the chosen counter, the action in progress and the message line. The presses
 * themselves (main.tsx) talk to the server and report here with events; nothing else changes the
 * page's state.
 */
import { assign, enqueueActions, fromPromise, raise, sendTo, setup } from 'xstate';
import type { CounterState } from '../../shared/contracts/counters.ts';
import type { OverviewDto, QueueSnapshotDto } from '../../shared/contracts/queue.ts';
import type { TicketDto } from '../../shared/contracts/tickets.ts';
import { liveMachine, type LiveDeps, type LiveMessage } from '../staff/lib/live.machine.ts';
import { failureOf } from '../staff/lib/staff-api.ts';
import { upsertTicket } from './view.ts';

export const CONSOLE_TIMING = { staffRefreshMs: 150 };

export interface StaffData {
  tickets: TicketDto[];
  overview: OverviewDto | null;
}

export interface ConsoleInput {
  liveDeps: LiveDeps;
  /** The counter this browser tab worked at before a reload. */
  counterId: string | null;
}

export interface ConsoleContext {
  liveDeps: LiveDeps;
  snapshot: QueueSnapshotDto | null;
  tickets: TicketDto[];
  overview: OverviewDto | null;
  counterId: string | null;
  /** The action under way ('open', 'callNext' …): buttons wait for it. */
  busy: string | null;
  message: { text: string; error: boolean } | null;
  pickError: string | null;
  /** Bumped when the session changes (sign-in, sign-out, expiry), so the page re-renders. */
  session: number;
  loadAgain: boolean;
  /** Help requests already announced with the chime (a new one chimes once). */
  heardHelpIds: number[];
}

export type ConsoleEvent =
  | LiveMessage
  | { type: 'staff.refresh' }
  | { type: 'live.refresh' }
  | { type: 'counter.set'; counterId: string | null }
  | { type: 'counter.patch'; counterId: string; state: CounterState }
  | { type: 'busy'; busy: string | null }
  | { type: 'say'; text: string; error: boolean }
  | { type: 'message.clear' }
  | { type: 'pick.failed'; message: string }
  | { type: 'pick.start' }
  | { type: 'ticket.upsert'; ticket: TicketDto }
  | { type: 'session.changed' };

export const consoleMachine = setup({
  types: { context: {} as ConsoleContext, events: {} as ConsoleEvent, input: {} as ConsoleInput },
  actors: {
    live: liveMachine,
    /** null when nobody is signed in (nothing to load). Rejects with a StaffApiError. */
    loadStaff: fromPromise<StaffData | null>(async () => null),
  },
  actions: {
    /** Plays the chime for a new help request from the kiosk (the page provides the sound). */
    chimeHelp: () => undefined,
    refreshSoon: enqueueActions(({ enqueue }) => {
      enqueue.cancel('staff');
      enqueue.raise({ type: 'staff.refresh' }, { id: 'staff', delay: CONSOLE_TIMING.staffRefreshMs });
    }),
  },
}).createMachine({
  id: 'console',
  context: ({ input }) => ({
    liveDeps: input.liveDeps,
    snapshot: null,
    tickets: [],
    overview: null,
    counterId: input.counterId,
    busy: null,
    message: null,
    pickError: null,
    session: 0,
    loadAgain: false,
    heardHelpIds: [],
  }),
  invoke: { id: 'live', src: 'live', input: ({ context, self }) => ({ deps: context.liveDeps, notify: (m: LiveMessage) => self.send(m) }) },
  on: {
    'live.snapshot': { actions: [assign({ snapshot: ({ event }) => event.snapshot }), 'refreshSoon'] },
    'live.event': { actions: 'refreshSoon' },
    'live.status': {},
    'live.refresh': { actions: sendTo('live', { type: 'refresh' }) },
    'counter.set': { actions: assign({ counterId: ({ event }) => event.counterId }) },
    // Shows a counter's new state at once, so the next key press is judged on it (the snapshot follows).
    'counter.patch': {
      actions: assign({
        snapshot: ({ context, event }) =>
          context.snapshot && { ...context.snapshot, counters: context.snapshot.counters.map((c) => (c.id === event.counterId ? { ...c, state: event.state } : c)) },
      }),
    },
    busy: { actions: assign({ busy: ({ event }) => event.busy }) },
    say: { actions: assign({ message: ({ event }) => ({ text: event.text, error: event.error }) }) },
    'message.clear': { actions: assign({ message: null }) },
    'pick.start': { actions: assign({ pickError: null }) },
    'pick.failed': { actions: assign({ pickError: ({ event }) => event.message }) },
    'ticket.upsert': { actions: assign({ tickets: ({ context, event }) => upsertTicket(context.tickets, event.ticket) }) },
    // Signed in or out: reload the staff data, and reconnect the staff stream now (not after its backoff).
    'session.changed': { actions: [assign({ session: ({ context }) => context.session + 1 }), raise({ type: 'staff.refresh' }), sendTo('live', { type: 'refresh' })] },
  },
  initial: 'idle',
  states: {
    idle: { on: { 'staff.refresh': 'loading' } },
    loading: {
      entry: assign({ loadAgain: false }),
      on: { 'staff.refresh': { actions: assign({ loadAgain: true }) } },
      invoke: {
        src: 'loadStaff',
        onDone: {
          target: 'settled',
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (!event.output) return;
            const open = (event.output.overview?.helpRequests ?? []).map((h) => h.id);
            const fresh = open.filter((id) => !context.heardHelpIds.includes(id));
            enqueue.assign({ tickets: event.output.tickets, overview: event.output.overview, heardHelpIds: [...context.heardHelpIds.filter((id) => open.includes(id)), ...fresh] });
            if (fresh.length > 0) enqueue('chimeHelp');
          }),
        },
        onError: {
          target: 'settled',
          // Keep an action's own failure on screen: it tells the officer to press again.
          actions: assign(({ event, context }) => {
            const failure = failureOf(event.error, 'Data tidak dapat dimuat.');
            return failure.kind !== null && failure.kind !== 'unauthorized' && !context.message?.error ? { message: { text: failure.message, error: true } } : {};
          }),
        },
      },
    },
    settled: { always: [{ guard: ({ context }) => context.loadAgain, target: 'loading' }, { target: 'idle' }] },
  },
});
