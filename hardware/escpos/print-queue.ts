/**
 * One queue per printer: jobs go out one at a time, in order, and status checks wait their turn
 * too, because a network printer usually accepts a single connection. Nothing is retried here:
 * a job that failed before sending can be submitted again by its owner, and a job whose outcome
 * is unknown stays "unknown" until staff decide to reprint.
 */
import type { PrintAttempt, PrinterPort } from './printer-port.ts';
import type { PrinterCondition } from './status.ts';

import type { JobState } from '../../shared/contracts/printing.ts';

// The list is part of the wire contract (the staff print-job views).
export { JOB_STATES, type JobState } from '../../shared/contracts/printing.ts';

export interface QueuedJob {
  id: string;
  title: string;
  bytes: Uint8Array;
  /**
   * A queue ticket printed long after it was taken could be picked up by the next visitor, so a
   * job still waiting at this time is dropped (state "failed") instead of printed.
   */
  expiresAt?: number;
}

export const EXPIRED_REASON = 'tidak dicetak: terlalu lama menunggu giliran printer';

export interface JobRecord {
  id: string;
  title: string;
  state: JobState;
  submittedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** True only when the printer itself confirmed it processed the job (GS r reply). */
  confirmed: boolean;
  condition: PrinterCondition | null;
  reason: string | null;
}

export interface PrintQueueOptions {
  now: () => number;
  onJobChange?: (record: Readonly<JobRecord>, attempt: PrintAttempt | null) => void;
}

export class PrintQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(
    readonly port: PrinterPort,
    private readonly options: PrintQueueOptions,
  ) {}

  /** Jobs and checks not finished yet (including the one running). */
  get pending(): number {
    return this.waiting;
  }

  /** Runs `task` when everything submitted before it has finished. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.waiting++;
    const run = this.tail.then(task);
    this.tail = run.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return run;
  }

  submit(job: QueuedJob): { record: JobRecord; done: Promise<JobRecord> } {
    const record: JobRecord = {
      id: job.id, title: job.title, state: 'queued', submittedAt: this.options.now(), startedAt: null, finishedAt: null, confirmed: false, condition: null, reason: null,
    };
    this.options.onJobChange?.(record, null);
    const done = this.exclusive(async () => {
      if (job.expiresAt !== undefined && this.options.now() > job.expiresAt) {
        Object.assign(record, { state: 'failed', finishedAt: this.options.now(), reason: EXPIRED_REASON } satisfies Partial<JobRecord>);
        this.options.onJobChange?.(record, null);
        return record;
      }
      record.state = 'printing';
      record.startedAt = this.options.now();
      this.options.onJobChange?.(record, null);
      let attempt: PrintAttempt;
      try {
        attempt = await this.port.print({ id: job.id, bytes: job.bytes });
      } catch (error) {
        // An adapter should never throw; if one does mid-job we cannot know what came out.
        attempt = { outcome: 'unknown', condition: 'unknown', reason: error instanceof Error ? error.message : String(error) };
      }
      record.state = attempt.outcome;
      record.finishedAt = this.options.now();
      record.condition = attempt.condition;
      record.confirmed = attempt.outcome === 'printed' && attempt.confirmed;
      record.reason = attempt.outcome === 'printed' ? null : attempt.reason;
      this.options.onJobChange?.(record, attempt);
      return record;
    });
    return { record, done };
  }
}
