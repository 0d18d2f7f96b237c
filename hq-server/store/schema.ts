/**
 * The head-office schema: the events as the branches sent them (append-only, one row per branch
 * and sequence), the day seals, and derived tables for national reports, each filled in the
 * ingest transaction from the rows that were new (so a batch sent twice counts once). Version 2:
 * the configuration bundles head office publishes, the national person key, re-delivery requests.
 */
import type { Sql } from './sql.ts';

const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE hq_users (
        id SERIAL PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL, role TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE hq_sessions (token_hash TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES hq_users (id), expires_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE hq_branches (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT, key_hash TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL,
        last_contact_at TIMESTAMPTZ,
        stored_seq INTEGER NOT NULL DEFAULT 0,
        reported_seq INTEGER NOT NULL DEFAULT 0,
        clock_skew_ms INTEGER,
        disk_free_bytes BIGINT,
        oldest_unsent_at TIMESTAMPTZ
      );
      CREATE TABLE hq_events (
        branch_code TEXT NOT NULL REFERENCES hq_branches (code),
        seq INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        type TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        occurred_at TIMESTAMPTZ NOT NULL,
        local_time TEXT NOT NULL,
        day DATE NOT NULL,
        entity_kind TEXT,
        entity_id TEXT,
        payload JSONB NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (branch_code, seq)
      );
      CREATE INDEX hq_events_day ON hq_events (branch_code, day);
      CREATE TABLE hq_day_counts (branch_code TEXT NOT NULL, day DATE NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (branch_code, day, type));
      CREATE TABLE hq_day_seals (
        branch_code TEXT NOT NULL, day DATE NOT NULL, first_seq INTEGER, last_seq INTEGER, count INTEGER NOT NULL,
        counts_by_type JSONB NOT NULL, ids_hash TEXT NOT NULL, complete BOOLEAN NOT NULL DEFAULT FALSE,
        PRIMARY KEY (branch_code, day)
      );
      CREATE TABLE hq_tickets (
        branch_code TEXT NOT NULL, ticket_id TEXT NOT NULL, day DATE NOT NULL, service_id TEXT NOT NULL, fast_track BOOLEAN NOT NULL,
        issued_at TIMESTAMPTZ, first_called_at TIMESTAMPTZ, finished_at TIMESTAMPTZ,
        PRIMARY KEY (branch_code, ticket_id)
      );
      CREATE TABLE hq_complaints (
        branch_code TEXT NOT NULL, reference TEXT NOT NULL, category TEXT, channel TEXT, person_hash TEXT,
        received_at TIMESTAMPTZ, resolved_at TIMESTAMPTZ,
        PRIMARY KEY (branch_code, reference)
      );
      CREATE TABLE hq_surveys (
        branch_code TEXT NOT NULL, ticket_id TEXT NOT NULL, day DATE NOT NULL, service_id TEXT NOT NULL, overall INTEGER, answers JSONB NOT NULL,
        PRIMARY KEY (branch_code, ticket_id)
      );
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE hq_config_bundles (
        version INTEGER PRIMARY KEY, content TEXT NOT NULL, sha256 TEXT NOT NULL, sections JSONB NOT NULL, note TEXT,
        published_at TIMESTAMPTZ NOT NULL, published_by TEXT NOT NULL
      );
      ALTER TABLE hq_branches ADD COLUMN config_applied INTEGER, ADD COLUMN config_pulled_at TIMESTAMPTZ, ADD COLUMN config_waiting_until TEXT,
        ADD COLUMN config_refused INTEGER, ADD COLUMN config_refused_reason TEXT;
      -- A branch clock weeks off (a dead RTC battery) overflowed a 32-bit skew and failed its ingest.
      ALTER TABLE hq_branches ALTER COLUMN clock_skew_ms TYPE BIGINT;
      CREATE TABLE hq_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE hq_redeliveries (
        id SERIAL PRIMARY KEY, branch_code TEXT NOT NULL REFERENCES hq_branches (code), from_seq INTEGER NOT NULL, to_seq INTEGER NOT NULL,
        next_seq INTEGER NOT NULL, requested_at TIMESTAMPTZ NOT NULL, requested_by TEXT NOT NULL, done_at TIMESTAMPTZ,
        missing JSONB NOT NULL DEFAULT '[]'
      );
      CREATE INDEX hq_redeliveries_open ON hq_redeliveries (branch_code) WHERE done_at IS NULL
    `,
  },
];

export async function migrateHq(sql: Sql): Promise<void> {
  await sql.query('CREATE TABLE IF NOT EXISTS hq_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
  const done = new Set((await sql.query<{ version: number }>('SELECT version FROM hq_schema')).map((r) => r.version));
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await sql.tx(async (q) => {
      for (const statement of m.sql.split(';').map((x) => x.trim()).filter(Boolean)) await q.query(statement);
      await q.query('INSERT INTO hq_schema (version) VALUES ($1)', [m.version]);
    });
  }
}
