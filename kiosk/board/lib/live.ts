/**
 * Keeps a page in step with the queue-server: snapshot (GET /api/queue) + event stream
 * (GET /api/events). Written for a TV nobody touches for months (panel-app #14: a board that
 * stops until someone logs in is the pain to avoid):
 *   - every (re)connect first fetches a snapshot, then opens the stream from the last event id it
 *     saw, so events during an outage are replayed and nothing is missed;
 *   - on any stream error the stream is closed and reopened by us with backoff (1 s doubling to
 *     15 s, with jitter so twenty boards do not hit a restarted server in the same millisecond);
 *     the browser's own retry is not relied on because it gives up on some errors;
 *   - a watchdog fetches a snapshot every 10 s: if that fails the network is gone even though the
 *     stream may look open (a half-open TCP connection shows no error), so the stream is dropped
 *     and reconnected with backoff; if the snapshot has events the stream never brought, the
 *     stream silently stopped and is reconnected too.
 */
import { EVENT_TYPES, type QueueEvent, type QueueSnapshotDto } from '../../../shared/contracts/index.ts';
import { parseJson, parseWith, queueEventSchema, snapshotSchema } from './parse.ts';

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
  random?: () => number;
}

export type LiveState = 'connecting' | 'live' | 'offline';

export interface LiveHandlers {
  /** 'fresh' after a (re)connect: replace the state. 'refresh' while live: rebase on it. */
  onSnapshot: (s: QueueSnapshotDto, mode: 'fresh' | 'refresh') => void;
  onEvent: (e: QueueEvent) => void;
  onStatus?: (state: LiveState, detail: { attempt: number; retryInMs: number | null }) => void;
}

export interface LiveOptions {
  baseUrl?: string;
  /** Debounce of the snapshot fetched after events, to correct counts (ms). */
  reconcileMs?: number;
  /** Period of the watchdog snapshot (ms). */
  watchdogMs?: number;
  minRetryMs?: number;
  maxRetryMs?: number;
}

/** Named SSE events we listen to; the server names each event by its type. */
const STREAM_TYPES = [...EVENT_TYPES, 'help.requested', 'help.resolved', 'printer.status'];

export interface LiveConnection {
  close(): void;
  /** Fetch a snapshot now (e.g. after this page changed something). */
  refresh(): void;
  readonly lastEventId: number | null;
}

export function connectLive(handlers: LiveHandlers, deps: LiveDeps, options: LiveOptions = {}): LiveConnection {
  const base = options.baseUrl ?? '';
  const reconcileMs = options.reconcileMs ?? 400;
  const watchdogMs = options.watchdogMs ?? 10_000;
  const minRetry = options.minRetryMs ?? 1000;
  const maxRetry = options.maxRetryMs ?? 15_000;
  const random = deps.random ?? Math.random;

  let closed = false;
  let es: EventSourceLike | null = null;
  let lastSeen: number | null = null;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let reconcileTimer: ReturnType<typeof setTimeout> | null = null;
  let staleTimer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;

  const status = (state: LiveState, retryInMs: number | null = null): void => handlers.onStatus?.(state, { attempt, retryInMs });

  async function fetchSnapshot(): Promise<QueueSnapshotDto | null> {
    try {
      return parseWith(snapshotSchema, await deps.fetchJson(`${base}/api/queue`));
    } catch {
      return null;
    }
  }

  function scheduleRetry(): void {
    if (closed || retryTimer) return;
    const delay = Math.min(maxRetry, minRetry * 2 ** attempt) * (0.5 + random() / 2);
    attempt++;
    status('offline', Math.round(delay));
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
  }

  function dropStream(): void {
    generation++;
    es?.close();
    es = null;
  }

  function onRaw(raw: unknown, gen: number): void {
    if (gen !== generation || typeof raw !== 'string') return;
    const e = parseWith(queueEventSchema, parseJson(raw));
    if (!e) return;
    if (lastSeen !== null && e.id <= lastSeen) return;
    lastSeen = e.id;
    handlers.onEvent(e);
    if (reconcileTimer) clearTimeout(reconcileTimer);
    reconcileTimer = setTimeout(() => {
      reconcileTimer = null;
      void refresh();
    }, reconcileMs);
  }

  async function connect(): Promise<void> {
    if (closed) return;
    dropStream();
    const gen = generation;
    status('connecting');
    const snap = await fetchSnapshot();
    if (closed || gen !== generation) return;
    if (!snap) {
      scheduleRetry();
      return;
    }
    handlers.onSnapshot(snap, 'fresh');
    // Replay from what we saw; a server whose event log restarted (ids went backwards) is read
    // from its own snapshot position instead.
    const from = lastSeen !== null && lastSeen <= snap.lastEventId ? lastSeen : snap.lastEventId;
    lastSeen = from;
    const source = deps.openEvents(`${base}/api/events?lastEventId=${from}`);
    es = source;
    source.onopen = () => {
      if (gen !== generation) return;
      attempt = 0;
      status('live');
    };
    source.onerror = () => {
      if (gen !== generation) return;
      dropStream();
      scheduleRetry();
    };
    source.onmessage = (m) => onRaw(m.data, gen);
    for (const type of STREAM_TYPES) source.addEventListener(type, (m) => onRaw(m.data, gen));
    // The server could not replay that far back: start again from a fresh snapshot.
    source.addEventListener('resync', () => {
      if (gen !== generation) return;
      lastSeen = null;
      void connect();
    });
  }

  async function refresh(fromWatchdog = false): Promise<void> {
    if (closed || !es) return;
    const gen = generation;
    const snap = await fetchSnapshot();
    if (closed || gen !== generation) return;
    if (!snap) {
      if (fromWatchdog) {
        dropStream();
        scheduleRetry();
      }
      return;
    }
    handlers.onSnapshot(snap, 'refresh');
    // The server has events the stream has not brought: give it a moment, then reconnect.
    if (lastSeen !== null && snap.lastEventId > lastSeen && !staleTimer) {
      const expected = snap.lastEventId;
      staleTimer = setTimeout(() => {
        staleTimer = null;
        if (!closed && gen === generation && (lastSeen ?? 0) < expected) void connect();
      }, 3000);
    }
  }

  const watchdog = setInterval(() => void refresh(true), watchdogMs);
  void connect();

  return {
    close() {
      closed = true;
      clearInterval(watchdog);
      for (const t of [retryTimer, reconcileTimer, staleTimer]) if (t) clearTimeout(t);
      dropStream();
    },
    refresh() {
      void refresh();
    },
    get lastEventId() {
      return lastSeen;
    },
  };
}

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
