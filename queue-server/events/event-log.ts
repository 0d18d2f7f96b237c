/** Reads the stored event log, for clients that reconnect with Last-Event-ID. */
import { queueEventSchema, type QueueEvent } from '../../shared/contracts/events.ts';
import type { Db } from '../store/database.ts';

export class EventLog {
  private readonly since;
  private readonly purge;

  constructor(db: Db) {
    this.since = db.prepare('SELECT id, type, at, data FROM events WHERE id > ? ORDER BY id LIMIT ?');
    this.purge = db.prepare('DELETE FROM events WHERE at < ?');
  }

  /** Events after `lastId`, at most `limit` of them, each parsed with the contract's event schema. */
  after(lastId: number, limit: number): QueueEvent[] {
    const rows = this.since.all(lastId, limit) as { id: number; type: string; at: number; data: string }[];
    // Every stored event was written through the typed emit(), so none is dropped here in practice.
    return rows.flatMap((r) => {
      const parsed = queueEventSchema.safeParse({ id: r.id, type: r.type, at: new Date(r.at).toISOString(), data: JSON.parse(r.data) as unknown });
      return parsed.success ? [parsed.data] : [];
    });
  }

  purgeBefore(at: number): void {
    this.purge.run(at);
  }
}
