/** Reads the stored event log, for clients that reconnect with Last-Event-ID. */
import type { QueueEvent } from '../../shared/contracts/events.ts';
import type { Db } from '../store/database.ts';

export class EventLog {
  private readonly since;
  private readonly purge;

  constructor(db: Db) {
    this.since = db.prepare('SELECT id, type, at, data FROM events WHERE id > ? ORDER BY id LIMIT ?');
    this.purge = db.prepare('DELETE FROM events WHERE at < ?');
  }

  /** Events after `lastId`, at most `limit` of them. */
  after(lastId: number, limit: number): QueueEvent[] {
    const rows = this.since.all(lastId, limit) as { id: number; type: string; at: number; data: string }[];
    return rows.map((r) => ({ id: r.id, type: r.type, at: new Date(r.at).toISOString(), data: JSON.parse(r.data) as unknown }));
  }

  purgeBefore(at: number): void {
    this.purge.run(at);
  }
}
