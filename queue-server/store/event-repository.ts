/** The stored event log: written with each change (UnitOfWork), replayed to reconnecting clients. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { jsonColumn, rowParser } from './rows.ts';

export interface StoredEvent {
  id: number;
  type: string;
  at: number;
  /** The payload as stored (JSON text parsed); its shape belongs to the event type. */
  data: unknown;
}

const storedEvent = rowParser(
  'events',
  z.object({
    id: z.number().int(),
    type: z.string(),
    at: z.number().int(),
    data: jsonColumn,
  }),
);
const recentCall = rowParser('events', z.object({ ticketId: z.string(), counterId: z.string().nullable(), at: z.number().int() }));
const lastId = rowParser('events', z.object({ id: z.number().int() }));
const bounds = rowParser('events', z.object({ oldest: z.number().int().nullable(), newest: z.number().int() }));

export class EventRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      insert: db.prepare('INSERT INTO events (type, at, data) VALUES (?, ?, ?)'),
      since: db.prepare('SELECT id, type, at, data FROM events WHERE id > ? ORDER BY id LIMIT ?'),
      lastId: db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM events'),
      purge: db.prepare('DELETE FROM events WHERE at < ?'),
      bounds: db.prepare('SELECT MIN(id) AS oldest, COALESCE(MAX(id), 0) AS newest FROM events'),
      // The newest call of each ticket (MAX(id) picks the row the other columns come from).
      recentCalls: db.prepare(
        `SELECT json_extract(data, '$.ticket.id') AS ticketId, json_extract(data, '$.counterId') AS counterId, at, MAX(id) AS newest
         FROM events WHERE type IN ('ticket.called', 'ticket.recalled') AND at >= ?
         GROUP BY ticketId ORDER BY newest DESC LIMIT ?`,
      ),
    };
  }

  /** Appends an event; answers its id. */
  insert(type: string, at: number, data: unknown): number {
    return Number(this.s.insert.run(type, at, JSON.stringify(data)).lastInsertRowid);
  }

  /** Events after `lastId`, oldest first, at most `limit` of them. */
  since(afterId: number, limit: number): StoredEvent[] {
    return storedEvent.all(this.s.since.all(afterId, limit));
  }

  /** The oldest stored id (null when empty) and the newest (0 when empty). */
  bounds(): { oldest: number | null; newest: number } {
    return bounds.one(this.s.bounds.get());
  }

  /** The id of the newest stored event (0 when there is none). */
  lastId(): number {
    return lastId.one(this.s.lastId.get()).id;
  }

  /**
   * The tickets called since `since` (ms), newest call first, with the counter of that call: the
   * board's last calls. Read from the calls themselves, because a ticket forgets its counter when
   * it is missed or transferred.
   */
  recentCalls(since: number, limit: number): { ticketId: string; counterId: string | null; at: number }[] {
    return recentCall.all(this.s.recentCalls.all(since, limit));
  }

  purgeBefore(at: number): void {
    this.s.purge.run(at);
  }
}
