/**
 * The branch's pusher: sends the outbox to head office in bounded batches over HTTP(S), outbound
 * only. Head office answers the highest sequence up to which it holds everything, and the next
 * batch starts after that number: a lost request, a lost answer, a batch that arrived twice or
 * out of order all heal by themselves. Failures back off exponentially with jitter. Nothing here
 * runs inside a queue transaction: the counters never wait on the WAN.
 */
import { ingestAnswerSchema, type IngestAnswer, type IngestBody, type OutboxEvent } from '../../shared/contracts/hq-sync.ts';
import type { SeqRange } from '../../shared/hq/seq-ranges.ts';
import type { HqOutboxRepository } from '../store/hq-outbox-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { backoffMs } from './backoff.ts';
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
  /** Ranges the last answer asked to be sent again (a re-delivery request at head office). */
  private resend: SeqRange[] = [];

  constructor(private readonly o: PusherOptions) {}

  /** Whether a push may be tried at `now` (not inside a backoff). */
  due(now = this.o.now()): boolean {
    return now >= this.nextAttemptAt;
  }

  /** One batch (or heartbeat): never throws; a failure only schedules the next attempt later. */
  async pushOnce(): Promise<PushOutcome> {
    const state = this.o.repo.state();
    const started = this.o.now();
    // What head office asked for again goes first, from the kept rows.
    const asked = this.resend[0];
    const redelivery = asked ? this.redeliveryBatch(asked) : null;
    const rows = redelivery ? [] : this.o.repo.after(state.ackedSeq, this.o.maxEvents ?? 500);
    const heartbeatDue = state.lastContactAt === null || started - state.lastContactAt >= (this.o.heartbeatMs ?? 30_000);
    if (!redelivery && rows.length === 0 && !heartbeatDue) return { kind: 'idle' };
    const events = redelivery ? redelivery.events : cutBatch(rows, this.o.maxEvents, this.o.maxBytes);
    const unsent = this.o.repo.unsentAfter(state.ackedSeq);
    const body: IngestBody = {
      branchCode: this.o.branchCode,
      lastSeq: state.lastSeq,
      sentAt: new Date(started).toISOString(),
      events,
      health: { diskFreeBytes: this.o.diskFreeBytes?.() ?? null, outboxRows: unsent.n, oldestUnsentAt: unsent.oldest === null ? null : new Date(unsent.oldest).toISOString() },
      ...(redelivery ? { redelivered: redelivery.walked } : {}),
    };
    try {
      const answer = await this.post(body);
      const finished = this.o.now();
      // Skew: HQ's clock against the middle of the round trip.
      const skew = Date.parse(answer.serverTime) - Math.round((started + finished) / 2);
      this.o.uow.write(() => this.o.repo.acknowledge(answer.storedSeq, finished, skew));
      this.failures = 0;
      this.nextAttemptAt = 0;
      this.resend = answer.resend ?? [];
      return { kind: 'sent', sent: events.length, answer, more: answer.storedSeq < state.lastSeq || this.resend.length > 0 };
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

  /**
   * The kept rows of one requested range, cut to the batch bounds; `walked` says how far the batch
   * reaches and which numbers in it are no longer kept (purged after the keep period).
   */
  private redeliveryBatch(asked: SeqRange): { events: OutboxEvent[]; walked: NonNullable<IngestBody['redelivered']> } {
    const limit = this.o.maxEvents ?? 500;
    const rows = this.o.repo.range(asked.from, asked.to, limit);
    const events = cutBatch(rows, this.o.maxEvents, this.o.maxBytes);
    const complete = events.length === rows.length && rows.length < limit;
    const to = complete ? asked.to : events.at(-1)?.seq ?? asked.to;
    const missing: SeqRange[] = [];
    let expected = asked.from;
    for (const e of events) {
      if (e.seq > expected) missing.push({ from: expected, to: e.seq - 1 });
      expected = e.seq + 1;
    }
    if (to >= expected) missing.push({ from: expected, to });
    return { events, walked: { from: asked.from, to, missing } };
  }

  /** Exponential with jitter between half and all of it: 1 s, 2 s, 4 s … up to the cap. */
  private backoffMs(): number {
    return backoffMs(this.failures, this.o.random ?? Math.random, this.o.baseBackoffMs ?? 1000, this.o.maxBackoffMs ?? 5 * 60_000);
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
