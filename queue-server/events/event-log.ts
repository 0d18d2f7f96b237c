/** Reads the stored event log, for clients that reconnect with Last-Event-ID. */
import { queueEventSchema, type QueueEvent } from '../../shared/contracts/events.ts';
import type { Db } from '../store/database.ts';
import { EventRepository } from '../store/event-repository.ts';

export class EventLog {
  private readonly store;

  constructor(db: Db) {
    this.store = new EventRepository(db);
  }

  /**
   * Whether a client that has seen every event up to `lastId` can be brought up to date by
   * replaying the log: not when the events right after it were purged, nor when the id is one this
   * log never reached (the client followed another database). Ids are contiguous (AUTOINCREMENT,
   * only the oldest are ever deleted).
   */
  canReplayFrom(lastId: number): boolean {
    const { oldest, newest } = this.store.bounds();
    if (lastId > newest) return false;
    return oldest === null || lastId >= oldest - 1;
  }

  /** Events after `lastId`, at most `limit` of them, each parsed with the contract's event schema. */
  after(lastId: number, limit: number): QueueEvent[] {
    // Every stored event was written through the typed emit(), so none is dropped here in practice.
    return this.store.since(lastId, limit).flatMap((r) => {
      const parsed = queueEventSchema.safeParse({ id: r.id, type: r.type, at: new Date(r.at).toISOString(), data: r.data });
      return parsed.success ? [parsed.data] : [];
    });
  }

  purgeBefore(at: number): void {
    this.store.purgeBefore(at);
  }
}
