/**
 * The board page's state as an actor: the board (state.ts, a pure function of the snapshot and the
 * events since), the connection status and the voice status, with the live connection as its
 * child. A call to announce leaves as the `announce` action, which main.tsx provides (the voice).
 */
import { assign, enqueueActions, setup } from 'xstate';
import { liveMachine, type LiveDeps, type LiveMessage, type LiveState } from '../staff/lib/live.machine.ts';
import type { AudioStatus } from './Board.tsx';
import { applyEvent, fromSnapshot, rebase, type AnnounceRequest, type BoardState } from './state.ts';

export interface BoardInput {
  liveDeps: LiveDeps;
  audio: AudioStatus;
  /** The TV's clock (ms). */
  now: () => number;
}

export interface BoardContext {
  liveDeps: LiveDeps;
  now: () => number;
  board: BoardState | null;
  live: LiveState;
  audio: AudioStatus;
  /** The TV clock and the server clock may differ; event times are moved onto the TV clock. */
  clockOffsetMs: number;
}

export type BoardEvent = LiveMessage | { type: 'audio.status'; status: AudioStatus };

export interface Announcement {
  request: AnnounceRequest;
  clockOffsetMs: number;
}

export const boardMachine = setup({
  types: { context: {} as BoardContext, events: {} as BoardEvent, input: {} as BoardInput },
  actors: { live: liveMachine },
  actions: {
    announce: (_, _announcement: Announcement) => undefined,
  },
}).createMachine({
  id: 'board',
  context: ({ input }) => ({ liveDeps: input.liveDeps, now: input.now, board: null, live: 'connecting', audio: input.audio, clockOffsetMs: 0 }),
  invoke: { id: 'live', src: 'live', input: ({ context, self }) => ({ deps: context.liveDeps, notify: (m: LiveMessage) => self.send(m) }) },
  on: {
    'live.snapshot': {
      actions: assign(({ context, event }) => {
        const serverNow = Date.parse(event.snapshot.generatedAt);
        const previous = context.board;
        return {
          clockOffsetMs: Number.isNaN(serverNow) ? context.clockOffsetMs : context.now() - serverNow,
          board: event.mode === 'fresh' || !previous ? fromSnapshot(event.snapshot, previous ?? undefined) : rebase(previous, event.snapshot),
        };
      }),
    },
    'live.event': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (!context.board) return;
        const { state, announce } = applyEvent(context.board, event.event);
        enqueue.assign({ board: state });
        if (announce) enqueue({ type: 'announce', params: { request: announce, clockOffsetMs: context.clockOffsetMs } });
      }),
    },
    'live.status': { actions: assign({ live: ({ event }) => event.state }) },
    'audio.status': { actions: assign({ audio: ({ event }) => event.status }) },
  },
});
