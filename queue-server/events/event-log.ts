/** Reads the stored event log, for clients that reconnect with Last-Event-ID. */
import type { QueueEvent } from '../../shared/contracts/events.ts';
import type { Db } from '../store/database.ts';
import { EventRepository } from '../store/event-repository.ts';

export class EventLog {
  private readonly store;

  constructor(db: Db) {
    this.store = new EventRepository(db);
  }

  /** Events after `lastId`, at most `limit` of them. */
  after(lastId: number, limit: number): QueueEvent[] {
    return this.store.since(lastId, limit).map((r) => ({ id: r.id, type: r.type, at: new Date(r.at).toISOString(), data: r.data }));
  }

  purgeBefore(at: number): void {
    this.store.purgeBefore(at);
  }
}
