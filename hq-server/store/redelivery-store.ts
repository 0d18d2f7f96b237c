/**
 * Re-delivery requests: head office asks a branch to send a sequence range again (a repaired
 * partition, a day whose rows were lost). Open requests travel back in every ingest answer
 * (`resend`); the branch walks them from its kept events and says which numbers it no longer
 * keeps; a request is done when the branch has walked it to its end.
 */
import { z } from 'zod';
import type { RedeliveryDto } from '../../shared/contracts/hq-config.ts';
import type { IngestBody } from '../../shared/contracts/hq-sync.ts';
import { AppError } from '../../shared/errors.ts';
import type { SeqRange } from '../../shared/hq/seq-ranges.ts';
import type { Sql } from './sql.ts';

const iso = (v: Date | string) => new Date(v).toISOString();
const rangeList = z.array(z.object({ from: z.number(), to: z.number() }));
const row = z.object({
  id: z.coerce.number(),
  branch_code: z.string(),
  from_seq: z.coerce.number(),
  to_seq: z.coerce.number(),
  next_seq: z.coerce.number(),
  requested_at: z.union([z.date(), z.string()]),
  requested_by: z.string(),
  done_at: z.union([z.date(), z.string()]).nullable(),
  missing: z.union([rangeList, z.string().transform((t): unknown => JSON.parse(t)).pipe(rangeList)]),
});
const dtoOf = (r: z.infer<typeof row>): RedeliveryDto => ({
  id: r.id, from: r.from_seq, to: r.to_seq, next: r.next_seq, requestedAt: iso(r.requested_at), requestedBy: r.requested_by,
  doneAt: r.done_at === null ? null : iso(r.done_at), missing: r.missing,
});
const COLUMNS = 'id, branch_code, from_seq, to_seq, next_seq, requested_at, requested_by, done_at, missing';

export async function requestRedelivery(sql: Sql, code: string, range: SeqRange, by: string, now: Date): Promise<RedeliveryDto> {
  const [branch] = await sql.query<{ reported_seq: number }>('SELECT reported_seq FROM hq_branches WHERE code = $1', [code]);
  if (!branch) throw new AppError({ code: 'hq.branch_not_found', message: `Cabang ${code} tidak terdaftar.` });
  const reported = Number(branch.reported_seq);
  if (range.to > reported) {
    throw new AppError({ code: 'hq.redelivery_range', message: `Cabang ${code} baru melaporkan sampai seq ${reported}; rentang ${range.from}-${range.to} melewatinya.`, details: { reportedSeq: reported } });
  }
  const [inserted] = await sql.query(
    `INSERT INTO hq_redeliveries (branch_code, from_seq, to_seq, next_seq, requested_at, requested_by) VALUES ($1, $2, $3, $2, $4, $5) RETURNING ${COLUMNS}`,
    [code, range.from, range.to, now.toISOString(), by],
  );
  return dtoOf(row.parse(inserted));
}

/** What is still to be resent, oldest request first (the ingest answer's `resend`). */
export async function openRanges(q: Sql, code: string): Promise<SeqRange[]> {
  const rows = z.array(row).parse(await q.query(`SELECT ${COLUMNS} FROM hq_redeliveries WHERE branch_code = $1 AND done_at IS NULL ORDER BY id`, [code]));
  return rows.map((r) => ({ from: r.next_seq, to: r.to_seq }));
}

const clip = (ranges: readonly SeqRange[], lo: number, hi: number): SeqRange[] =>
  ranges.filter((m) => m.to >= lo && m.from <= hi).map((m) => ({ from: Math.max(m.from, lo), to: Math.min(m.to, hi) }));

/** Inside the ingest transaction: the batch walked `done.from..done.to`; requests it covers move on. */
export async function recordRedelivered(q: Sql, code: string, done: NonNullable<IngestBody['redelivered']>, now: Date): Promise<void> {
  const rows = z.array(row).parse(await q.query(`SELECT ${COLUMNS} FROM hq_redeliveries WHERE branch_code = $1 AND done_at IS NULL ORDER BY id FOR UPDATE`, [code]));
  for (const r of rows) {
    // The walk must start at or before what the request still needs, and reach into it.
    if (done.from > r.next_seq || done.to < r.next_seq) continue;
    const next = Math.min(r.to_seq, done.to) + 1;
    const missing = [...r.missing, ...clip(done.missing, r.next_seq, next - 1)];
    await q.query('UPDATE hq_redeliveries SET next_seq = $2, missing = $3::jsonb, done_at = $4 WHERE id = $1', [r.id, next, JSON.stringify(missing), next > r.to_seq ? now.toISOString() : null]);
  }
}

/** Every branch's requests, open ones and the last done ones (newest first), for the page. */
export async function redeliveriesByBranch(sql: Sql, limitPerBranch = 5): Promise<Map<string, RedeliveryDto[]>> {
  const rows = z.array(row).parse(
    await sql.query(
      `SELECT ${COLUMNS} FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY branch_code ORDER BY (done_at IS NULL) DESC, id DESC) AS n FROM hq_redeliveries) r WHERE n <= $1 ORDER BY branch_code, id DESC`,
      [limitPerBranch],
    ),
  );
  const out = new Map<string, RedeliveryDto[]>();
  for (const r of rows) out.set(r.branch_code, [...(out.get(r.branch_code) ?? []), dtoOf(r)]);
  return out;
}
