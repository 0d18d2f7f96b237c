/** The branch registry at head office: keys, sync status with gaps, and a branch day's completeness. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { BranchStatusDto } from '../../shared/contracts/hq-server.ts';
import { gapsOf } from '../../shared/hq/seq-ranges.ts';
import { AppError } from '../../shared/errors.ts';
import { highWater } from '../ingest/ingest.ts';
import { configStatuses } from './config-store.ts';
import { redeliveriesByBranch } from './redelivery-store.ts';
import type { Sql } from './sql.ts';

const keyHash = (key: string) => createHash('sha256').update(key).digest('hex');
const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

const branchRow = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  last_contact_at: z.union([z.date(), z.string()]).nullable(),
  stored_seq: z.coerce.number(),
  reported_seq: z.coerce.number(),
  clock_skew_ms: z.coerce.number().nullable(),
  disk_free_bytes: z.coerce.number().nullable(),
  oldest_unsent_at: z.union([z.date(), z.string()]).nullable(),
});

export async function createBranch(sql: Sql, input: { code: string; name: string; region?: string | undefined }, now: Date): Promise<{ branch: { code: string; name: string }; key: string }> {
  // 32 random bytes: a key, not a password, so a plain SHA-256 of it is what is kept.
  const key = randomBytes(32).toString('base64url');
  const rows = await sql.query('INSERT INTO hq_branches (code, name, region, key_hash, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING code', [
    input.code, input.name, input.region ?? null, keyHash(key), now.toISOString(),
  ]);
  if (rows.length === 0) throw new AppError({ code: 'hq.branch_exists', message: `Cabang dengan kode ${input.code} sudah terdaftar. Gunakan kode lain.` });
  return { branch: { code: input.code, name: input.name }, key };
}

/** The branch a key belongs to; throws hq.branch_key_invalid otherwise. */
export async function authenticateBranch(sql: Sql, code: string | undefined, key: string | undefined): Promise<string> {
  const invalid = new AppError({ code: 'hq.branch_key_invalid', message: 'Kunci cabang tidak dikenal. Periksa HQ_BRANCH_CODE dan HQ_BRANCH_KEY di server cabang.' });
  if (!code || !key) throw invalid;
  const [row] = await sql.query<{ key_hash: string }>('SELECT key_hash FROM hq_branches WHERE code = $1', [code]);
  if (!row) throw invalid;
  const a = Buffer.from(row.key_hash, 'hex');
  const b = Buffer.from(keyHash(key), 'hex');
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw invalid;
  return code;
}

export async function branchStatuses(sql: Sql): Promise<BranchStatusDto[]> {
  const rows = z.array(branchRow).parse(await sql.query('SELECT code, name, region, last_contact_at, stored_seq, reported_seq, clock_skew_ms, disk_free_bytes, oldest_unsent_at FROM hq_branches ORDER BY code'));
  const configs = await configStatuses(sql);
  const redeliveries = await redeliveriesByBranch(sql);
  const out: BranchStatusDto[] = [];
  for (const r of rows) {
    const { stored, islands } = await highWater(sql, r.code, r.stored_seq);
    out.push({
      code: r.code, name: r.name, region: r.region, lastContactAt: iso(r.last_contact_at), storedSeq: stored, reportedSeq: r.reported_seq,
      gaps: gapsOf(stored, islands, r.reported_seq), clockSkewMs: r.clock_skew_ms, diskFreeBytes: r.disk_free_bytes, oldestUnsentAt: iso(r.oldest_unsent_at),
      config: configs.get(r.code) ?? { applied: null, pulledAt: null, waitingUntil: null, refused: null },
      redeliveries: redeliveries.get(r.code) ?? [],
    });
  }
  return out;
}

const sealRow = z.object({ count: z.coerce.number(), complete: z.boolean() });
const countRow = z.object({ type: z.string(), n: z.coerce.number() });

export async function dayReport(sql: Sql, code: string, day: string) {
  const [branch] = await sql.query('SELECT code FROM hq_branches WHERE code = $1', [code]);
  if (!branch) throw new AppError({ code: 'hq.branch_not_found', message: `Cabang ${code} tidak terdaftar.` });
  const counts = z.array(countRow).parse(await sql.query('SELECT type, n FROM hq_day_counts WHERE branch_code = $1 AND day = $2 ORDER BY type', [code, day]));
  const seals = z.array(sealRow).parse(await sql.query('SELECT count, complete FROM hq_day_seals WHERE branch_code = $1 AND day = $2', [code, day]));
  const seal = seals[0] ?? null;
  const countsByType = Object.fromEntries(counts.map((c) => [c.type, c.n]));
  return {
    code, day,
    ticketsIssued: countsByType['ticket.issued'] ?? 0,
    events: counts.reduce((n, c) => n + c.n, 0),
    sealed: seal !== null,
    complete: seal?.complete ?? false,
    expectedEvents: seal?.count ?? null,
    countsByType,
  };
}

/** Days with events or a seal in [from, to] that are not proven complete, per branch. */
export async function incompleteDays(sql: Sql, from: string, to: string): Promise<Map<string, string[]>> {
  const rows = z.array(z.object({ branch_code: z.string(), day: z.string() })).parse(
    await sql.query(
      `SELECT d.branch_code, to_char(d.day, 'YYYY-MM-DD') AS day FROM (SELECT DISTINCT branch_code, day FROM hq_day_counts WHERE day BETWEEN $1 AND $2
         UNION SELECT branch_code, day FROM hq_day_seals WHERE day BETWEEN $1 AND $2) d
       LEFT JOIN hq_day_seals s ON s.branch_code = d.branch_code AND s.day = d.day
       WHERE s.complete IS NOT TRUE ORDER BY 1, 2`,
      [from, to],
    ),
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.branch_code, [...(out.get(r.branch_code) ?? []), r.day]);
  return out;
}
