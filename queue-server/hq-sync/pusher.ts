/**
 * The branch's pusher: sends the outbox to head office in bounded batches over HTTP(S), outbound
 * only. Head office answers the highest sequence up to which it holds everything, and the next
 * batch starts after that number: a lost request, a lost answer, a batch that arrived twice or
 * out of order all heal by themselves. Failures back off exponentially with jitter. Nothing here
 * runs inside a queue transaction: the counters never wait on the WAN.
 */
import { ingestAnswerSchema, type IngestAnswer, type IngestBody } from '../../shared/contracts/hq-sync.ts';
import type { HqOutboxRepository } from '../store/hq-outbox-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { cutBatch } from './batch.ts';

export interface PusherOptions {
  hqUrl: string;
  branchCode: string;
  branchKey: string;
  uow: UnitOfWork;
  repo: HqOutboxRepository;
  now: () => number;
  fetch?: typeof fetch;
  random?: () => number;
  maxEvents?: number;
  maxBytes?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** With nothing to send, one empty batch this often keeps "last contact" and the clock skew fresh. */
  heartbeatMs?: number;
  /** How often an idle pusher looks for new rows. */
  pollMs?: number;
  timeoutMs?: number;
  diskFreeBytes?: () => number | null;
}

export type PushOutcome =
  | { kind: 'idle' }
  | { kind: 'sent'; sent: number; answer: IngestAnswer; more: boolean }
  | { kind: 'failed'; reason: string; retryInMs: number };

export class HqPusher {
  private failures = 0;
  private nextAttemptAt = 0;
  private inFlight: AbortController | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly o: PusherOptions) {}

  /** Whether a push may be tried at `now` (not inside a backoff). */
  due(now = this.o.now()): boolean {
    return now >= this.nextAttemptAt;
  }

  /** One batch (or heartbeat): never throws; a failure only schedules the next attempt later. */
  async pushOnce(): Promise<PushOutcome> {
    const state = this.o.repo.state();
    const rows = this.o.repo.after(state.ackedSeq, this.o.maxEvents ?? 500);
    const started = this.o.now();
    const heartbeatDue = state.lastContactAt === null || started - state.lastContactAt >= (this.o.heartbeatMs ?? 30_000);
    if (rows.length === 0 && !heartbeatDue) return { kind: 'idle' };
    const events = cutBatch(rows, this.o.maxEvents, this.o.maxBytes);
    const unsent = this.o.repo.unsentAfter(state.ackedSeq);
    const body: IngestBody = {
      branchCode: this.o.branchCode,
      lastSeq: state.lastSeq,
      sentAt: new Date(started).toISOString(),
      events,
      health: { diskFreeBytes: this.o.diskFreeBytes?.() ?? null, outboxRows: unsent.n, oldestUnsentAt: unsent.oldest === null ? null : new Date(unsent.oldest).toISOString() },
    };
    try {
      const answer = await this.post(body);
      const finished = this.o.now();
      // Skew: HQ's clock against the middle of the round trip.
      const skew = Date.parse(answer.serverTime) - Math.round((started + finished) / 2);
      this.o.uow.write(() => this.o.repo.acknowledge(answer.storedSeq, finished, skew));
      this.failures = 0;
      this.nextAttemptAt = 0;
      return { kind: 'sent', sent: events.length, answer, more: answer.storedSeq < state.lastSeq };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.failures++;
      const retryInMs = this.backoffMs();
      this.nextAttemptAt = this.o.now() + retryInMs;
      try {
        this.o.uow.write(() => this.o.repo.recordFailure(reason));
      } catch {
        // A busy database must not stop the pusher; the failure shows at the next one.
      }
      return { kind: 'failed', reason, retryInMs };
    }
  }

  /** Exponential with full jitter between half and all of it: 1 s, 2 s, 4 s … up to the cap. */
  private backoffMs(): number {
    const cap = this.o.maxBackoffMs ?? 5 * 60_000;
    const exp = Math.min(cap, (this.o.baseBackoffMs ?? 1000) * 2 ** Math.min(this.failures - 1, 20));
    return Math.round(exp * (0.5 + 0.5 * (this.o.random ?? Math.random)()));
  }

  private async post(body: IngestBody): Promise<IngestAnswer> {
    const controller = new AbortController();
    this.inFlight = controller;
    const timeout = setTimeout(() => controller.abort(new Error('waktu habis menunggu kantor pusat')), this.o.timeoutMs ?? 30_000);
    try {
      const res = await (this.o.fetch ?? fetch)(new URL('/api/hq/ingest', this.o.hqUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.o.branchKey}`, 'x-branch-code': this.o.branchCode },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`kantor pusat menjawab ${res.status}: ${text.slice(0, 200)}`);
      const parsed = ingestAnswerSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error('jawaban kantor pusat tidak sesuai kontrak');
      return parsed.data;
    } finally {
      clearTimeout(timeout);
      this.inFlight = null;
    }
  }

  /** Runs until stop(): drains a backlog batch after batch, then polls. Never keeps the process alive. */
  start(): () => void {
    this.stopped = false;
    const loop = async (): Promise<void> => {
      if (this.stopped) return;
      let wait = this.o.pollMs ?? 2000;
      if (this.due()) {
        const outcome = await this.pushOnce();
        if (outcome.kind === 'sent' && outcome.more) wait = 0;
        if (outcome.kind === 'failed') wait = outcome.retryInMs;
      } else {
        wait = Math.max(0, this.nextAttemptAt - this.o.now());
      }
      if (this.stopped) return;
      this.timer = setTimeout(() => void loop(), wait);
      this.timer.unref();
    };
    void loop();
    return () => this.stop();
  }

  /** Stops the loop and abandons a batch in flight (head office may or may not have stored it). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.inFlight?.abort(new Error('pengirim dihentikan'));
  }
}
