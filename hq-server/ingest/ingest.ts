/**
 * One batch from one branch, in one transaction: the new events are inserted (a sequence stored
 * before is skipped, so a batch sent twice stores once), the derived tables take only the new
 * ones, a seal that arrived marks its day, the days touched are re-verified, and the branch's
 * contiguous high-water mark moves. Out-of-order batches are kept; what lies between is a gap.
 */
import { createHash } from 'node:crypto';
import { daySealSchema, type IngestAnswer, type IngestBody, type OutboxEvent } from '../../shared/contracts/hq-sync.ts';
import { dayDigest } from '../../shared/hq/digest.ts';
import { gapsOf, type SeqRange } from '../../shared/hq/seq-ranges.ts';
import { AppError } from '../../shared/errors.ts';
import type { Sql } from '../store/sql.ts';
import { openRanges, recordRedelivered } from '../store/redelivery-store.ts';
import { deriveFacts } from './derive.ts';

export interface IngestHooks {
  /** Test seam for the simulation: runs inside the transaction after the inserts, before the commit. */
  beforeCommit?: (branchCode: string, events: readonly OutboxEvent[]) => Promise<void> | void;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function ingestBatch(sql: Sql, branchCode: string, body: IngestBody, now: Date, hooks: IngestHooks = {}): Promise<IngestAnswer> {
  if (body.branchCode !== branchCode || body.events.some((e) => e.branchCode !== branchCode)) {
    throw new AppError({ code: 'hq.wrong_branch', message: `Kunci ini milik cabang ${branchCode}; cabang hanya boleh mengirim peristiwanya sendiri.` });
  }
  return sql.tx(async (q) => {
    // One batch per branch at a time: the high-water mark and the derived rows stay consistent.
    const [branch] = await q.query<{ stored_seq: number; reported_seq: number }>('SELECT stored_seq, reported_seq FROM hq_branches WHERE code = $1 FOR UPDATE', [branchCode]);
    if (!branch) throw new AppError({ code: 'hq.branch_not_found', message: `Cabang ${branchCode} belum terdaftar di kantor pusat.` });
    const fresh = await insertEvents(q, branchCode, body.events, now);
    await writeDerived(q, branchCode, fresh);
    const touchedDays = new Set(fresh.map((e) => e.day));
    for (const day of touchedDays) await verifyDay(q, branchCode, day);
    const reported = Math.max(branch.reported_seq, body.lastSeq, ...body.events.map((e) => e.seq));
    const { stored, islands } = await highWater(q, branchCode, branch.stored_seq);
    await q.query(
      `UPDATE hq_branches SET last_contact_at = $2, stored_seq = $3, reported_seq = $4, clock_skew_ms = $5, disk_free_bytes = $6, oldest_unsent_at = $7 WHERE code = $1`,
      [branchCode, now.toISOString(), stored, reported, Math.round(now.getTime() - Date.parse(body.sentAt)), body.health?.diskFreeBytes ?? null, body.health?.oldestUnsentAt ?? null],
    );
    if (body.redelivered) await recordRedelivered(q, branchCode, body.redelivered, now);
    const resend = await openRanges(q, branchCode);
    await hooks.beforeCommit?.(branchCode, body.events);
    return { storedSeq: stored, inserted: fresh.length, gaps: gapsOf(stored, islands, reported), serverTime: now.toISOString(), ...(resend.length > 0 ? { resend } : {}) };
  });
}

async function insertEvents(q: Sql, branchCode: string, events: readonly OutboxEvent[], now: Date): Promise<OutboxEvent[]> {
  if (events.length === 0) return [];
  const col = <T,>(f: (e: OutboxEvent) => T) => events.map(f);
  const rows = await q.query<{ seq: number }>(
    `INSERT INTO hq_events (branch_code, seq, event_id, type, schema_version, occurred_at, local_time, day, entity_kind, entity_id, payload, received_at)
     SELECT $1, u.seq, u.event_id, u.type, u.schema_version, u.occurred_at::timestamptz, u.local_time, u.day::date, u.entity_kind, u.entity_id, u.payload::jsonb, $12
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
       AS u(seq, event_id, type, schema_version, occurred_at, local_time, day, entity_kind, entity_id, payload)
     ON CONFLICT (branch_code, seq) DO NOTHING
     RETURNING seq`,
    [
      branchCode, col((e) => e.seq), col((e) => e.eventId), col((e) => e.type), col((e) => e.schemaVersion), col((e) => e.occurredAt), col((e) => e.localTime),
      col((e) => e.day), col((e) => e.entity?.kind ?? null), col((e) => e.entity?.id ?? null), col((e) => JSON.stringify(e.payload)), now.toISOString(),
    ],
  );
  const inserted = new Set(rows.map((r) => Number(r.seq)));
  const repeated = events.filter((e) => !inserted.has(e.seq));
  if (repeated.length > 0) {
    // A sequence stored before must be the same event: a branch restored from an old backup
    // numbering new events again would otherwise silently lose them here.
    const known = await q.query<{ seq: number; event_id: string }>('SELECT seq, event_id FROM hq_events WHERE branch_code = $1 AND seq = ANY($2::int[])', [branchCode, repeated.map((e) => e.seq)]);
    const idOf = new Map(known.map((k) => [Number(k.seq), k.event_id]));
    const clash = repeated.find((e) => idOf.get(e.seq) !== undefined && idOf.get(e.seq) !== e.eventId);
    if (clash) {
      throw new AppError({ code: 'hq.event_conflict', message: `Seq ${clash.seq} cabang ${branchCode} sudah tersimpan dengan peristiwa lain. Periksa apakah basis data cabang dipulihkan dari cadangan lama.`, details: { seq: clash.seq } });
    }
  }
  return events.filter((e) => inserted.has(e.seq));
}

async function writeDerived(q: Sql, branchCode: string, fresh: readonly OutboxEvent[]): Promise<void> {
  if (fresh.length === 0) return;
  const f = deriveFacts(fresh);
  if (f.dayCounts.length > 0) {
    await q.query(
      `INSERT INTO hq_day_counts (branch_code, day, type, n) SELECT $1, u.day::date, u.type, u.n FROM unnest($2::text[], $3::text[], $4::int[]) AS u(day, type, n)
       ON CONFLICT (branch_code, day, type) DO UPDATE SET n = hq_day_counts.n + EXCLUDED.n`,
      [branchCode, f.dayCounts.map((c) => c.day), f.dayCounts.map((c) => c.type), f.dayCounts.map((c) => c.n)],
    );
  }
  if (f.tickets.length > 0) {
    const t = f.tickets;
    await q.query(
      `INSERT INTO hq_tickets (branch_code, ticket_id, day, service_id, fast_track, issued_at, first_called_at, finished_at)
       SELECT $1, u.id, u.day::date, u.service, u.fast, u.issued::timestamptz, u.called::timestamptz, u.finished::timestamptz
       FROM unnest($2::text[], $3::text[], $4::text[], $5::bool[], $6::text[], $7::text[], $8::text[]) AS u(id, day, service, fast, issued, called, finished)
       ON CONFLICT (branch_code, ticket_id) DO UPDATE SET
         day = CASE WHEN EXCLUDED.issued_at IS NOT NULL THEN EXCLUDED.day ELSE hq_tickets.day END,
         service_id = CASE WHEN EXCLUDED.issued_at IS NOT NULL THEN EXCLUDED.service_id ELSE hq_tickets.service_id END,
         fast_track = hq_tickets.fast_track OR EXCLUDED.fast_track,
         issued_at = LEAST(hq_tickets.issued_at, EXCLUDED.issued_at),
         first_called_at = LEAST(hq_tickets.first_called_at, EXCLUDED.first_called_at),
         finished_at = GREATEST(hq_tickets.finished_at, EXCLUDED.finished_at)`,
      [branchCode, t.map((x) => x.ticketId), t.map((x) => x.day), t.map((x) => x.serviceId), t.map((x) => x.fastTrack), t.map((x) => x.issuedAt), t.map((x) => x.firstCalledAt), t.map((x) => x.finishedAt)],
    );
  }
  for (const c of f.complaints) {
    await q.query(
      `INSERT INTO hq_complaints (branch_code, reference, category, channel, person_hash, received_at, resolved_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (branch_code, reference) DO UPDATE SET
         category = COALESCE(EXCLUDED.category, hq_complaints.category), channel = COALESCE(EXCLUDED.channel, hq_complaints.channel),
         person_hash = COALESCE(EXCLUDED.person_hash, hq_complaints.person_hash),
         received_at = LEAST(hq_complaints.received_at, EXCLUDED.received_at), resolved_at = LEAST(hq_complaints.resolved_at, EXCLUDED.resolved_at)`,
      [branchCode, c.reference, c.category, c.channel, c.personHash, c.receivedAt, c.resolvedAt],
    );
  }
  for (const s of f.surveys) {
    await q.query(
      'INSERT INTO hq_surveys (branch_code, ticket_id, day, service_id, overall, answers) VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT DO NOTHING',
      [branchCode, s.ticketId, s.day, s.serviceId, s.overall, JSON.stringify(s.answers)],
    );
  }
  for (const e of fresh.filter((x) => x.type === 'day.sealed')) {
    const seal = daySealSchema.safeParse(e.payload);
    if (!seal.success) continue;
    const s = seal.data;
    await q.query(
      'INSERT INTO hq_day_seals (branch_code, day, first_seq, last_seq, count, counts_by_type, ids_hash) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT DO NOTHING',
      [branchCode, s.day, s.firstSeq, s.lastSeq, s.count, JSON.stringify(s.countsByType), s.idsHash],
    );
  }
}

/** A sealed day is complete when what is stored of it gives the seal's count and hash. */
export async function verifyDay(q: Sql, branchCode: string, day: string): Promise<boolean> {
  const [seal] = await q.query<{ count: number; ids_hash: string; complete: boolean }>('SELECT count, ids_hash, complete FROM hq_day_seals WHERE branch_code = $1 AND day = $2', [branchCode, day]);
  if (!seal) return false;
  if (seal.complete) return true;
  const [counted] = await q.query<{ n: number }>("SELECT COALESCE(SUM(n), 0)::int AS n FROM hq_day_counts WHERE branch_code = $1 AND day = $2", [branchCode, day]);
  if (Number(counted?.n ?? 0) !== seal.count) return false;
  const rows = await q.query<{ seq: number; event_id: string; type: string }>("SELECT seq, event_id, type FROM hq_events WHERE branch_code = $1 AND day = $2 AND type <> 'day.sealed' ORDER BY seq", [branchCode, day]);
  const digest = dayDigest(rows.map((r) => ({ seq: Number(r.seq), eventId: r.event_id, type: r.type })));
  const complete = digest.count === seal.count && sha256(digest.hashInput) === seal.ids_hash;
  if (complete) await q.query('UPDATE hq_day_seals SET complete = TRUE WHERE branch_code = $1 AND day = $2', [branchCode, day]);
  return complete;
}

/** The contiguous high-water mark from `from` on, and the stored islands past it. */
export async function highWater(q: Sql, branchCode: string, from: number): Promise<{ stored: number; islands: SeqRange[] }> {
  const rows = await q.query<{ lo: number; hi: number }>(
    `SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM (SELECT seq, seq - ROW_NUMBER() OVER (ORDER BY seq) AS g FROM hq_events WHERE branch_code = $1 AND seq > $2) s GROUP BY g ORDER BY lo`,
    [branchCode, from],
  );
  const islands = rows.map((r) => ({ from: Number(r.lo), to: Number(r.hi) }));
  let stored = from;
  if (islands[0] && islands[0].from === from + 1) stored = islands.shift()!.to;
  return { stored, islands };
}
