/**
 * Group commit for bursts: writes that arrive in the same turn of the event loop share one
 * transaction and one fsync, each in its own savepoint, and every caller is answered only after
 * that commit. A lone request waits one setImmediate; a burst from several kiosks costs one disk
 * flush instead of one per ticket.
 */
import type { UnitOfWork } from './unit-of-work.ts';

interface Pending {
  fn: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit {
  private queue: Pending[] = [];

  constructor(
    private readonly uow: UnitOfWork,
    private readonly maxBatch = 100,
  ) {}

  run<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    if (this.queue.length > 0) setImmediate(() => this.flush());
    let results;
    try {
      results = this.uow.writeEach(batch.map((p) => p.fn));
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch was stored.
      for (const p of batch) p.reject(error);
      return;
    }
    results.forEach((r, i) => {
      const p = batch[i]!;
      if (r.ok) p.resolve(r.value);
      else p.reject(r.error);
    });
  }
}
