/** The head-office outbox: rows written with each change, read by the pusher, sealed per day. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { jsonColumn, rowParser } from './rows.ts';

export interface OutboxRow {
  seq: number;
  branchCode: string;
  eventId: string;
  type: string;
  schemaVersion: number;
  occurredAt: number;
  localTime: string;
  day: string;
  entityKind: string | null;
  entityId: string | null;
  payload: unknown;
}

export interface OutboxState {
  lastSeq: number;
  ackedSeq: number;
  lastContactAt: number | null;
  clockSkewMs: number | null;
  lastError: string | null;
}

const outboxRow = rowParser(
  'hq_outbox',
  z
    .object({
      seq: z.number().int(), branch_code: z.string(), event_id: z.string(), type: z.string(), schema_version: z.number().int(), occurred_at: z.number().int(),
      local_time: z.string(), day: z.string(), entity_kind: z.string().nullable(), entity_id: z.string().nullable(), payload: jsonColumn,
    })
    .transform((r): OutboxRow => ({
      seq: r.seq, branchCode: r.branch_code, eventId: r.event_id, type: r.type, schemaVersion: r.schema_version, occurredAt: r.occurred_at,
      localTime: r.local_time, day: r.day, entityKind: r.entity_kind, entityId: r.entity_id, payload: r.payload,
    })),
);
const digestRow = rowParser('hq_outbox', z.object({ seq: z.number().int(), eventId: z.string(), type: z.string() }));
const stateRow = rowParser(
  'hq_outbox_state',
  z
    .object({ last_seq: z.number().int(), acked_seq: z.number().int(), last_contact_at: z.number().int().nullable(), clock_skew_ms: z.number().int().nullable(), last_error: z.string().nullable() })
    .transform((r): OutboxState => ({ lastSeq: r.last_seq, ackedSeq: r.acked_seq, lastContactAt: r.last_contact_at, clockSkewMs: r.clock_skew_ms, lastError: r.last_error })),
);
const seqRow = rowParser('hq_outbox_state', z.object({ last_seq: z.number().int() }));
const dayRow = rowParser('hq_outbox', z.object({ day: z.string().nullable() }));
const countRow = rowParser('hq_outbox', z.object({ n: z.number().int(), oldest: z.number().int().nullable() }));

export class HqOutboxRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      nextSeq: db.prepare('UPDATE hq_outbox_state SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq'),
      insert: db.prepare(
        `INSERT INTO hq_outbox (seq, branch_code, event_id, type, schema_version, occurred_at, local_time, day, entity_kind, entity_id, payload)
         VALUES (@seq, @branchCode, @eventId, @type, @schemaVersion, @occurredAt, @localTime, @day, @entityKind, @entityId, @payload)`,
      ),
      lastSealedDay: db.prepare('SELECT MAX(day) AS day FROM hq_day_seals'),
      unsealedDaysBefore: db.prepare(
        `SELECT DISTINCT day FROM hq_outbox WHERE day < ? AND day > COALESCE((SELECT MAX(day) FROM hq_day_seals), '') ORDER BY day`,
      ),
      dayDigestRows: db.prepare("SELECT seq, event_id AS eventId, type FROM hq_outbox WHERE day = ? AND type <> 'day.sealed' ORDER BY seq"),
      insertSeal: db.prepare('INSERT INTO hq_day_seals (day, seq) VALUES (?, ?)'),
      after: db.prepare('SELECT * FROM hq_outbox WHERE seq > ? ORDER BY seq LIMIT ?'),
      state: db.prepare('SELECT last_seq, acked_seq, last_contact_at, clock_skew_ms, last_error FROM hq_outbox_state WHERE id = 1'),
      acknowledge: db.prepare('UPDATE hq_outbox_state SET acked_seq = ?, last_contact_at = ?, clock_skew_ms = ?, last_error = NULL WHERE id = 1'),
      logAck: db.prepare('INSERT INTO hq_outbox_acks (acked_seq, at) SELECT @seq, @at WHERE @seq > COALESCE((SELECT MAX(acked_seq) FROM hq_outbox_acks), 0)'),
      range: db.prepare('SELECT * FROM hq_outbox WHERE seq BETWEEN ? AND ? ORDER BY seq LIMIT ?'),
      failed: db.prepare('UPDATE hq_outbox_state SET last_error = ? WHERE id = 1'),
      unsent: db.prepare('SELECT COUNT(*) AS n, MIN(occurred_at) AS oldest FROM hq_outbox WHERE seq > ?'),
      // Acknowledged (seq at or below the current mark) AND acknowledged before the cut-off (the
      // ack log), on a sealed day: a row head office has not confirmed is never dropped.
      purge: db.prepare(
        `DELETE FROM hq_outbox WHERE seq <= MIN(@acked, COALESCE((SELECT MAX(acked_seq) FROM hq_outbox_acks WHERE at < @before), 0))
           AND day <= COALESCE((SELECT MAX(day) FROM hq_day_seals), '')`,
      ),
      pruneAcks: db.prepare('DELETE FROM hq_outbox_acks WHERE at < @before AND acked_seq < (SELECT MAX(acked_seq) FROM hq_outbox_acks WHERE at < @before)'),
    };
  }

  /** The next gap-free sequence; inside the caller's transaction, so a rollback gives it back. */
  nextSeq(): number {
    return seqRow.one(this.s.nextSeq.get()).last_seq;
  }

  insert(row: OutboxRow): void {
    this.s.insert.run({ ...row, payload: JSON.stringify(row.payload) });
  }

  lastSealedDay(): string | null {
    return dayRow.one(this.s.lastSealedDay.get()).day;
  }

  /** Days with events, before `today`, past the last sealed day, oldest first. */
  unsealedDaysBefore(today: string): string[] {
    return this.s.unsealedDaysBefore.all(today).map((r) => z.object({ day: z.string() }).parse(r).day);
  }

  dayDigestRows(day: string) {
    return digestRow.all(this.s.dayDigestRows.all(day));
  }

  markSealed(day: string, seq: number): void {
    this.s.insertSeal.run(day, seq);
  }

  after(seq: number, limit: number): OutboxRow[] {
    return outboxRow.all(this.s.after.all(seq, limit));
  }

  state(): OutboxState {
    return stateRow.one(this.s.state.get());
  }

  acknowledge(ackedSeq: number, contactAt: number, clockSkewMs: number): void {
    this.s.acknowledge.run(ackedSeq, contactAt, clockSkewMs);
    this.s.logAck.run({ seq: ackedSeq, at: contactAt });
  }

  /** Kept rows with from <= seq <= to, oldest first (a re-delivery request). */
  range(from: number, to: number, limit: number): OutboxRow[] {
    return outboxRow.all(this.s.range.all(from, to, limit));
  }

  recordFailure(message: string): void {
    this.s.failed.run(message.slice(0, 300));
  }

  unsentAfter(ackedSeq: number): { n: number; oldest: number | null } {
    return countRow.one(this.s.unsent.get(ackedSeq));
  }

  /** Drops rows of sealed days head office acknowledged before `before`: kept until then for re-delivery. */
  purge(ackedSeq: number, before: number): number {
    const n = this.s.purge.run({ acked: ackedSeq, before }).changes;
    this.s.pruneAcks.run({ before });
    return n;
  }
}
