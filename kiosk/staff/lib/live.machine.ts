/**
 * Keeps a staff page or the board in step with the queue-server: snapshot (GET /api/queue) +
 * event stream (GET /api/events), as an XState machine so its timing is tested on a simulated
 * clock. Written for a TV nobody touches for months (a board that stops until someone logs in is
 * the pain to avoid):
 *   - every (re)connect first fetches a snapshot, then opens the stream from the last event id it
 *     saw, so events during an outage are replayed and nothing is missed;
 *   - on any stream error the stream is closed and reopened by us with backoff (1 s doubling to
 *     15 s, with jitter so twenty boards do not hit a restarted server in the same millisecond);
 *     the browser's own retry is not relied on because it gives up on some errors;
 *   - while streaming, a watchdog fetches a snapshot every 10 s: if that fails the network is gone
 *     even though the stream may look open (a half-open TCP connection shows no error), so the
 *     stream is dropped and reconnected with backoff; if the snapshot has events the stream never
 *     brought, the stream silently stopped and is reconnected too;
 *   - a snapshot is fetched shortly after events, to correct counts the events do not carry.
 * Every payload is parsed with the contract (shared/contracts); what does not parse is dropped.
 */
import { assign, cancel, enqueueActions, fromCallback, fromPromise, raise, setup } from 'xstate';
import { EVENT_TYPES, queueEventSchema, RESYNC_EVENT, type QueueEvent } from '../../../shared/contracts/events.ts';
import { queueSnapshotSchema, type QueueSnapshotDto } from '../../../shared/contracts/queue.ts';
import { parseOrNull } from '../../../shared/contracts/wire.ts';
import { SESSION_ENDED_EVENT, sessionEndedSchema } from '../../../shared/contracts/sessions.ts';

export interface EventSourceLike {
  onopen: ((ev: Event) => unknown) | null;
  onerror: ((ev: Event) => unknown) | null;
  onmessage: ((ev: MessageEvent) => unknown) | null;
  addEventListener(type: string, listener: (ev: MessageEvent) => void): void;
  close(): void;
}

export interface LiveDeps {
  /** Resolves with the parsed JSON body of a 2xx answer; rejects otherwise. */
  fetchJson: (url: string) => Promise<unknown>;
  openEvents: (url: string) => EventSourceLike;
  /** The stream to open after `lastEventId` (path and query); the board's public one by default. */
  streamPath?: (lastEventId: number) => string;
  random?: () => number;
  /** The staff stream said the server ended this session (account disabled …), with the Indonesian reason. */
  onSessionEnded?: (message: string) => void;
}

export type LiveState = 'connecting' | 'live' | 'offline';

/** What the connection tells the page that runs it. */
export type LiveMessage =
  /** 'fresh' after a (re)connect: replace the state. 'refresh' while streaming: rebase on it. */
  | { type: 'live.snapshot'; snapshot: QueueSnapshotDto; mode: 'fresh' | 'refresh' }
  | { type: 'live.event'; event: QueueEvent }
  | { type: 'live.status'; state: LiveState; attempt: number; retryInMs: number | null };

export interface LiveTiming {
  /** Debounce of the snapshot fetched after events (ms). */
  reconcileMs: number;
  /** Period of the watchdog snapshot while streaming (ms). */
  watchdogMs: number;
  minRetryMs: number;
  maxRetryMs: number;
  /** How long a snapshot may be ahead of the stream before the stream is judged stopped (ms). */
  staleMs: number;
}

const publicStreamPath = (lastEventId: number) => `/api/events?lastEventId=${lastEventId}`;

export const LIVE_TIMING: LiveTiming = { reconcileMs: 400, watchdogMs: 10_000, minRetryMs: 1000, maxRetryMs: 15_000, staleMs: 3000 };

export interface LiveInput {
  deps: LiveDeps;
  notify: (message: LiveMessage) => void;
  baseUrl?: string;
  timing?: Partial<LiveTiming>;
}

interface LiveContext {
  deps: LiveDeps;
  notify: (message: LiveMessage) => void;
  baseUrl: string;
  timing: LiveTiming;
  /** The newest event id seen (from a snapshot or the stream); the stream replays after it. */
  lastSeen: number | null;
  attempt: number;
  retryInMs: number;
  /** A refresh was asked for while one was under way: fetch again when it ends. */
  refreshAgain: boolean;
  /** A snapshot showed this event id before the stream brought it. */
  staleExpected: number | null;
}

export type LiveEvent =
  | { type: 'refresh' }
  | { type: 'stream.open' }
  | { type: 'stream.error' }
  | { type: 'stream.event'; event: QueueEvent }
  | { type: 'stream.resync' }
  | { type: 'reconcile' }
  | { type: 'stale.check' };

type StreamEvent = Extract<LiveEvent, { type: `stream.${string}` }>;

/** Fetches and parses a snapshot; null when the server cannot be reached or answers nonsense. */
const fetchSnapshot = fromPromise<QueueSnapshotDto | null, { url: string; fetchJson: LiveDeps['fetchJson'] }>(async ({ input }) => {
  try {
    return parseOrNull(queueSnapshotSchema, await input.fetchJson(input.url));
  } catch {
    return null;
  }
});

/** The EventSource, open while the machine streams; the server names each event by its type. */
const eventStream = fromCallback<LiveEvent, { url: string; openEvents: LiveDeps['openEvents']; onSessionEnded?: LiveDeps['onSessionEnded'] }>(({ sendBack, input }) => {
  const source = input.openEvents(input.url);
  const send = (e: StreamEvent): void => sendBack(e);
  source.onopen = () => send({ type: 'stream.open' });
  source.onerror = () => send({ type: 'stream.error' });
  const onMessage = (m: MessageEvent): void => {
    const event = parseEvent(m.data);
    if (event) send({ type: 'stream.event', event });
  };
  source.onmessage = onMessage;
  for (const type of EVENT_TYPES) source.addEventListener(type, onMessage);
  // The server could not replay that far back: start again from a fresh snapshot.
  source.addEventListener(RESYNC_EVENT, () => send({ type: 'stream.resync' }));
  // The staff stream's last word before the server closes it: the session is over.
  source.addEventListener(SESSION_ENDED_EVENT, (m) => {
    const ended = parseOrNull(sessionEndedSchema, safeParse(m.data));
    if (ended) input.onSessionEnded?.(ended.message);
  });
  return () => source.close();
});

function safeParse(raw: unknown): unknown {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function parseEvent(raw: unknown): QueueEvent | null {
  if (typeof raw !== 'string') return null;
  try {
    return parseOrNull(queueEventSchema, JSON.parse(raw));
  } catch {
    return null;
  }
}

const snapshotInput = ({ context }: { context: LiveContext }) => ({ url: `${context.baseUrl}/api/queue`, fetchJson: context.deps.fetchJson });
const hasSnapshot = ({ event }: { event: { output: QueueSnapshotDto | null } }): boolean => event.output !== null;

export const liveMachine = setup({
  types: { context: {} as LiveContext, events: {} as LiveEvent, input: {} as LiveInput },
  actors: { fetchSnapshot, eventStream },
  delays: {
    retry: ({ context }) => context.retryInMs,
    watchdog: ({ context }) => context.timing.watchdogMs,
  },
  actions: {
    status: ({ context }, state: LiveState) => context.notify({ type: 'live.status', state, attempt: context.attempt, retryInMs: state === 'offline' ? context.retryInMs : null }),
    backOff: assign(({ context }) => {
      const { minRetryMs, maxRetryMs } = context.timing;
      const delay = Math.round(Math.min(maxRetryMs, minRetryMs * 2 ** context.attempt) * (0.5 + (context.deps.random ?? Math.random)() / 2));
      return { retryInMs: delay, attempt: context.attempt + 1 };
    }),
    takeFresh: assign(({ context }, snapshot: QueueSnapshotDto | null) => {
      if (!snapshot) return {};
      context.notify({ type: 'live.snapshot', snapshot, mode: 'fresh' });
      // Replay from what we saw; a server whose event log restarted (ids went backwards) is read
      // from its own snapshot position instead.
      const lastSeen = context.lastSeen !== null && context.lastSeen <= snapshot.lastEventId ? context.lastSeen : snapshot.lastEventId;
      return { lastSeen };
    }),
    takeRefresh: enqueueActions(({ context, enqueue }, snapshot: QueueSnapshotDto | null) => {
      if (!snapshot) return;
      context.notify({ type: 'live.snapshot', snapshot, mode: 'refresh' });
      // The server has events the stream has not brought: give it a moment, then reconnect.
      if (context.lastSeen !== null && snapshot.lastEventId > context.lastSeen && context.staleExpected === null) {
        enqueue.assign({ staleExpected: snapshot.lastEventId });
        enqueue.raise({ type: 'stale.check' }, { id: 'stale', delay: context.timing.staleMs });
      }
    }),
    forward: assign(({ context }, event: QueueEvent) => {
      context.notify({ type: 'live.event', event });
      return { lastSeen: event.id };
    }),
  },
  guards: {
    isNewEvent: ({ context, event }) => event.type === 'stream.event' && (context.lastSeen === null || event.event.id > context.lastSeen),
    streamBehind: ({ context }) => context.staleExpected !== null && (context.lastSeen ?? 0) < context.staleExpected,
  },
}).createMachine({
  id: 'live',
  context: ({ input }) => ({
    deps: input.deps,
    notify: input.notify,
    baseUrl: input.baseUrl ?? '',
    timing: { ...LIVE_TIMING, ...input.timing },
    lastSeen: null,
    attempt: 0,
    retryInMs: 0,
    refreshAgain: false,
    staleExpected: null,
  }),
  initial: 'connecting',
  states: {
    connecting: {
      entry: { type: 'status', params: 'connecting' },
      invoke: {
        src: 'fetchSnapshot',
        input: snapshotInput,
        onDone: [
          { guard: hasSnapshot, target: 'streaming', actions: { type: 'takeFresh', params: ({ event }) => event.output } },
          { target: 'waiting' },
        ],
      },
    },
    waiting: {
      entry: ['backOff', { type: 'status', params: 'offline' }],
      after: { retry: 'connecting' },
      // The page asked (an officer just signed in and opened a counter): try now, not after the backoff.
      on: { refresh: 'connecting' },
    },
    streaming: {
      invoke: { id: 'stream', src: 'eventStream', input: ({ context }) => ({ url: `${context.baseUrl}${(context.deps.streamPath ?? publicStreamPath)(context.lastSeen ?? 0)}`, openEvents: context.deps.openEvents, onSessionEnded: context.deps.onSessionEnded }) },
      exit: [cancel('reconcile'), cancel('stale'), assign({ staleExpected: null, refreshAgain: false })],
      on: {
        'stream.open': { actions: [assign({ attempt: 0 }), { type: 'status', params: 'live' }] },
        'stream.error': { target: 'waiting' },
        'stream.resync': { target: 'connecting', actions: assign({ lastSeen: null }) },
        'stream.event': {
          guard: 'isNewEvent',
          actions: [
            { type: 'forward', params: ({ event }) => event.event },
            cancel('reconcile'),
            raise({ type: 'reconcile' }, { id: 'reconcile', delay: ({ context }) => context.timing.reconcileMs }),
          ],
        },
        'stale.check': [{ guard: 'streamBehind', target: 'connecting' }, { actions: assign({ staleExpected: null }) }],
      },
      initial: 'idle',
      states: {
        idle: {
          after: { watchdog: 'watchdog' },
          on: { refresh: 'fetching', reconcile: 'fetching' },
        },
        fetching: {
          entry: assign({ refreshAgain: false }),
          on: { refresh: { actions: assign({ refreshAgain: true }) }, reconcile: { actions: assign({ refreshAgain: true }) } },
          invoke: {
            src: 'fetchSnapshot',
            input: snapshotInput,
            onDone: [
              {
                guard: hasSnapshot,
                target: 'settled',
                actions: { type: 'takeRefresh', params: ({ event }) => event.output },
              },
              { target: 'settled' },
            ],
          },
        },
        /** After a refresh: again if one was asked for meanwhile. */
        settled: {
          always: [{ guard: ({ context }) => context.refreshAgain, target: 'fetching' }, { target: 'idle' }],
        },
        /** A watchdog snapshot that fails means the network is gone: drop the stream. */
        watchdog: {
          entry: assign({ refreshAgain: false }),
          on: { refresh: { actions: assign({ refreshAgain: true }) }, reconcile: { actions: assign({ refreshAgain: true }) } },
          invoke: {
            src: 'fetchSnapshot',
            input: snapshotInput,
            onDone: [
              {
                guard: hasSnapshot,
                target: 'settled',
                actions: { type: 'takeRefresh', params: ({ event }) => event.output },
              },
              { target: '#live.waiting' },
            ],
          },
        },
      },
    },
  },
});

/** The browser implementations of the dependencies. */
export const browserLiveDeps: LiveDeps = {
  async fetchJson(url) {
    // A snapshot that never answers (half-open connection) must not stall reconnecting for good.
    const res = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' }, signal: AbortSignal.timeout(8000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  },
  openEvents: (url) => new EventSource(url),
};
