/** What the clock guard reads at start-up: the latest moment the database already recorded. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const latest = rowParser('events', z.object({ at: z.number().int().nullable() }));
const metaValue = rowParser('meta', z.object({ value: z.string() }));
/** meta key: QUEUE_CLOCK_OFFSET_MS at the last start, so a drill's deliberate move is told from a jump. */
const OFFSET_KEY = 'clock_offset_ms';

export class ClockRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      // The newest event by id (every write emits one) and the newest audit record (audit_at index): both O(1).
      newestEvent: db.prepare('SELECT at FROM events ORDER BY id DESC LIMIT 1'),
      newestAudit: db.prepare('SELECT MAX(at) AS at FROM audit'),
      getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    };
  }

  /** The latest time (ms) written in the events or the audit trail, or null for an empty database. */
  latestRecordedAt(): number | null {
    const times = [latest.maybe(this.s.newestEvent.get())?.at ?? null, latest.maybe(this.s.newestAudit.get())?.at ?? null].filter((t): t is number => t !== null);
    return times.length === 0 ? null : Math.max(...times);
  }

  /** The clock offset (QUEUE_CLOCK_OFFSET_MS) the server last started with, or null before the first start that recorded it. */
  storedOffset(): number | null {
    const value = metaValue.maybe(this.s.getMeta.get(OFFSET_KEY))?.value;
    return value === undefined ? null : Number(value);
  }

  /** Call inside a unit of work. */
  recordOffset(ms: number): void {
    this.s.setMeta.run(OFFSET_KEY, String(ms));
  }
}
