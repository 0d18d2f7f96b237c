/**
 * The board's call announcer queue. Call announcers commonly fail in three ways: a new call cuts
 * into the one being spoken, a "busy" lock refuses the new call, or a blocked audio promise leaves
 * the panel silent for good. So:
 *   - one call at a time, in arrival order (FIFO), never cancelled by a newer one;
 *   - every distinct call is said (a recall is a new event, so a new key, so said again);
 *   - the same event delivered twice (replay after a reconnect) is said once;
 *   - when the browser blocks audio the queue stops, keeps everything, and resumes from the call
 *     it was on once unblocked; only calls older than `staleAfterMs` are skipped then, because
 *     reading out numbers served long ago would send visitors to the wrong counter.
 * No DOM here: the announcer that makes the sound is passed in, so tests use fakes.
 */

/** Thrown by an announcer when the browser refuses to play without a user gesture. */
export class AudioBlockedError extends Error {
  override name = 'AudioBlockedError';
}

export interface Announcement {
  /** Identity of the call event; the same key is never said twice. */
  key: string;
  /** What the call is, for the log: "A-012 → Loket 3". */
  label: string;
  clips: readonly string[];
  /** The same call as one sentence, for browser speech. */
  sentence: string | null;
  /** When the call happened (board clock, ms). */
  queuedAt: number;
}

export interface Announcer {
  /** Says one call to its end. Rejects with AudioBlockedError when audio is not allowed yet. */
  say(a: Announcement): Promise<void>;
}

export type SequencerEventType = 'queued' | 'duplicate' | 'started' | 'finished' | 'failed' | 'stale' | 'blocked' | 'unblocked';
export interface SequencerEvent {
  type: SequencerEventType;
  key: string;
  label: string;
  at: number;
  detail?: string;
}

export interface SequencerOptions {
  /** Pause between two calls so they do not run together (ms). */
  gapMs?: number;
  /** A call still waiting after this long is not said any more (ms). */
  staleAfterMs?: number;
  /** How many past keys to remember for de-duplication. */
  rememberKeys?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onEvent?: (e: SequencerEvent) => void;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class CallSequencer {
  readonly #announcer: Announcer;
  readonly #gapMs: number;
  readonly #staleAfterMs: number;
  readonly #rememberKeys: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #onEvent: (e: SequencerEvent) => void;
  readonly #queue: Announcement[] = [];
  readonly #seen = new Set<string>();
  readonly #seenOrder: string[] = [];
  #running = false;
  #blocked = false;
  #idleWaiters: Array<() => void> = [];

  constructor(announcer: Announcer, options: SequencerOptions = {}) {
    this.#announcer = announcer;
    this.#gapMs = options.gapMs ?? 600;
    this.#staleAfterMs = options.staleAfterMs ?? 3 * 60_000;
    this.#rememberKeys = options.rememberKeys ?? 1000;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#onEvent = options.onEvent ?? (() => undefined);
  }

  get blocked(): boolean {
    return this.#blocked;
  }

  /** Calls waiting to be said, the one being said first. */
  get pending(): readonly Announcement[] {
    return [...this.#queue];
  }

  /** Adds a call; false when this key was already queued or said. */
  enqueue(input: Omit<Announcement, 'queuedAt'> & { queuedAt?: number }): boolean {
    const a: Announcement = { ...input, clips: [...input.clips], queuedAt: input.queuedAt ?? this.#now() };
    if (this.#seen.has(a.key)) {
      this.#emit('duplicate', a);
      return false;
    }
    this.#remember(a.key);
    this.#queue.push(a);
    this.#emit('queued', a);
    void this.#drain();
    return true;
  }

  /** After a user gesture (or a successful probe): go on from the call that was blocked. */
  unblock(): void {
    if (!this.#blocked) return;
    this.#blocked = false;
    this.#onEvent({ type: 'unblocked', key: '', label: '', at: this.#now() });
    void this.#drain();
  }

  /** Resolves when nothing is being said and nothing can be said now (empty or blocked). */
  whenIdle(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #remember(key: string): void {
    this.#seen.add(key);
    this.#seenOrder.push(key);
    while (this.#seenOrder.length > this.#rememberKeys) {
      const old = this.#seenOrder.shift();
      if (old !== undefined) this.#seen.delete(old);
    }
  }

  #emit(type: SequencerEventType, a: Announcement, detail?: string): void {
    this.#onEvent({ type, key: a.key, label: a.label, at: this.#now(), ...(detail === undefined ? {} : { detail }) });
  }

  async #drain(): Promise<void> {
    if (this.#running || this.#blocked) return;
    this.#running = true;
    try {
      for (let head = this.#queue[0]; head && !this.#blocked; head = this.#queue[0]) {
        if (this.#now() - head.queuedAt > this.#staleAfterMs) {
          this.#queue.shift();
          this.#emit('stale', head);
          continue;
        }
        this.#emit('started', head);
        try {
          await this.#announcer.say(head);
          this.#queue.shift();
          this.#emit('finished', head);
        } catch (e) {
          if (e instanceof AudioBlockedError) {
            // Keep the call at the head: it is said from its start once audio is allowed.
            this.#blocked = true;
            this.#emit('blocked', head);
            break;
          }
          this.#queue.shift();
          this.#emit('failed', head, e instanceof Error ? e.message : String(e));
        }
        if (this.#queue.length > 0) await this.#sleep(this.#gapMs);
      }
    } finally {
      this.#running = false;
      const waiters = this.#idleWaiters;
      this.#idleWaiters = [];
      for (const w of waiters) w();
    }
  }
}
