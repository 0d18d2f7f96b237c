/**
 * Configuration bundles at head office: publish a version (numbered in the transaction, kept as
 * the exact JSON text its hash is over), the newest one for a branch's pull with its ETag, what
 * each branch said it runs on, and the national person key every branch hashes NIKs with.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CONFIG_SECTIONS, type BranchConfigStatus, type BundleSummary, type ConfigContent, type ConfigPullQuery, type ConfigSection } from '../../shared/contracts/hq-config.ts';
import type { Sql } from './sql.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const iso = (v: Date | string) => new Date(v).toISOString();

const bundleRow = z.object({
  version: z.coerce.number(),
  sha256: z.string(),
  sections: z.array(z.enum(CONFIG_SECTIONS)),
  note: z.string().nullable(),
  published_at: z.union([z.date(), z.string()]),
  published_by: z.string(),
});
const summaryOf = (r: z.infer<typeof bundleRow>): BundleSummary => ({
  version: r.version, sha256: r.sha256, sections: r.sections, note: r.note, publishedAt: iso(r.published_at), publishedBy: r.published_by,
});
const SUMMARY_COLUMNS = 'version, sha256, sections, note, published_at, published_by';

export async function publishBundle(sql: Sql, content: ConfigContent, by: string, now: Date): Promise<BundleSummary> {
  const { note, ...parts } = content;
  const sections: ConfigSection[] = CONFIG_SECTIONS.filter((s) => parts[s] !== undefined);
  const text = JSON.stringify(content);
  return sql.tx(async (q) => {
    // One publisher at a time: the next number is taken under the table lock, never twice.
    await q.query('LOCK TABLE hq_config_bundles IN EXCLUSIVE MODE');
    const [last] = await q.query<{ v: number | null }>('SELECT MAX(version) AS v FROM hq_config_bundles');
    const version = Number(last?.v ?? 0) + 1;
    const [row] = await q.query(
      `INSERT INTO hq_config_bundles (version, content, sha256, sections, note, published_at, published_by) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING ${SUMMARY_COLUMNS}`,
      [version, text, sha256(text), JSON.stringify(sections), note ?? null, now.toISOString(), by],
    );
    return summaryOf(bundleRow.parse(row));
  });
}

export async function listBundles(sql: Sql, limit = 50): Promise<BundleSummary[]> {
  return z.array(bundleRow).parse(await sql.query(`SELECT ${SUMMARY_COLUMNS} FROM hq_config_bundles ORDER BY version DESC LIMIT $1`, [limit])).map(summaryOf);
}

export async function latestVersion(sql: Sql): Promise<number | null> {
  const [row] = await sql.query<{ v: number | null }>('SELECT MAX(version) AS v FROM hq_config_bundles');
  return row?.v === null || row?.v === undefined ? null : Number(row.v);
}

/** The newest bundle with its content text, or null before the first publish. */
export async function latestBundle(sql: Sql): Promise<{ summary: BundleSummary; contentJson: string } | null> {
  const [row] = await sql.query(`SELECT ${SUMMARY_COLUMNS}, content FROM hq_config_bundles ORDER BY version DESC LIMIT 1`);
  if (row === undefined) return null;
  const parsed = bundleRow.extend({ content: z.string() }).parse(row);
  return { summary: summaryOf(parsed), contentJson: parsed.content };
}

/** What the branch said on its pull: the version it runs, one it refused and why. */
export async function recordPull(sql: Sql, code: string, q: ConfigPullQuery, now: Date): Promise<void> {
  await sql.query(
    `UPDATE hq_branches SET config_pulled_at = $2, config_applied = COALESCE($3, config_applied), config_waiting_until = $4,
       config_refused = $5, config_refused_reason = $6 WHERE code = $1`,
    [code, now.toISOString(), q.applied && q.applied > 0 ? q.applied : null, q.waitingUntil ?? null, q.refused && q.refused > 0 ? q.refused : null, q.refused ? (q.reason ?? 'tidak disebutkan') : null],
  );
}

const statusRow = z.object({
  code: z.string(),
  config_applied: z.coerce.number().nullable(),
  config_pulled_at: z.union([z.date(), z.string()]).nullable(),
  config_waiting_until: z.string().nullable(),
  config_refused: z.coerce.number().nullable(),
  config_refused_reason: z.string().nullable(),
});

export async function configStatuses(sql: Sql): Promise<Map<string, BranchConfigStatus>> {
  const rows = z.array(statusRow).parse(await sql.query('SELECT code, config_applied, config_pulled_at, config_waiting_until, config_refused, config_refused_reason FROM hq_branches'));
  return new Map(
    rows.map((r) => [
      r.code,
      {
        applied: r.config_applied,
        pulledAt: r.config_pulled_at === null ? null : iso(r.config_pulled_at),
        waitingUntil: r.config_waiting_until,
        refused: r.config_refused === null ? null : { version: r.config_refused, reason: r.config_refused_reason ?? '' },
      },
    ]),
  );
}

export interface PersonKey {
  id: string;
  key: string;
}

export const personKeyOf = (hex: string): PersonKey => ({ id: sha256(`person-key:${hex}`).slice(0, 8), key: hex });

/**
 * The national person key: HQ_PERSON_KEY (64 hex characters, from the operator's secret store)
 * when set, otherwise made once and kept in the store. Kept apart from the hashes it makes in
 * production (the environment), a dump of the database alone cannot test NIKs against them.
 */
export async function personKey(sql: Sql, fromEnv: string | undefined, now: Date): Promise<PersonKey> {
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const hex = fromEnv.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('HQ_PERSON_KEY harus 64 karakter heksadesimal (32 byte acak).');
    return personKeyOf(hex);
  }
  await sql.query("INSERT INTO hq_secrets (name, value, created_at) VALUES ('person_key', $1, $2) ON CONFLICT (name) DO NOTHING", [randomBytes(32).toString('hex'), now.toISOString()]);
  const [row] = await sql.query<{ value: string }>("SELECT value FROM hq_secrets WHERE name = 'person_key'");
  if (!row) throw new Error('kunci orang nasional tidak tersimpan');
  return personKeyOf(row.value);
}
