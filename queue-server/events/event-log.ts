/** Reads the stored event log, for clients that reconnect with Last-Event-ID. */
import type { QueueEvent } from '../../shared/contracts/events.ts';
import type { Db } from '../store/database.ts';

export class EventLog {
  private readonly since;
  private readonly purge;
  private readonly bounds;

  constructor(db: Db) {
    this.since = db.prepare('SELECT id, type, at, data FROM events WHERE id > ? ORDER BY id LIMIT ?');
    this.purge = db.prepare('DELETE FROM events WHERE at < ?');
    this.bounds = db.prepare('SELECT MIN(id) AS oldest, COALESCE(MAX(id), 0) AS newest FROM events');
  }

  /**
   * Whether a client that has seen every event up to `lastId` can be brought up to date by
   * replaying the log: not when the events right after it were purged, nor when the id is one this
   * log never reached (the client followed another database). Ids are contiguous (AUTOINCREMENT,
   * only the oldest are ever deleted).
   */
  canReplayFrom(lastId: number): boolean {
    const { oldest, newest } = this.bounds.get() as { oldest: number | null; newest: number };
    if (lastId > newest) return false;
    return oldest === null || lastId >= oldest - 1;
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
