/**
 * Versioned schema. A migration is never edited once shipped: add a new one. Each runs in its own
 * transaction together with the row that records it, so a crash leaves either all of it or none.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { rowParser } from './rows.ts';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'queue core',
    sql: `
      CREATE TABLE sequences (
        service_day TEXT NOT NULL,
        service_id TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        PRIMARY KEY (service_day, service_id)
      );
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        service_day TEXT NOT NULL,
        service_id TEXT NOT NULL,
        origin_service_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        fast_track TEXT,
        priority INTEGER NOT NULL,
        status TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        queued_at INTEGER NOT NULL,
        called_at INTEGER,
        last_called_at INTEGER,
        started_at INTEGER,
        finished_at INTEGER,
        missed_at INTEGER,
        counter_id TEXT,
        recall_count INTEGER NOT NULL DEFAULT 0,
        call_rule TEXT,
        closed_reason TEXT,
        UNIQUE (service_day, origin_service_id, seq)
      );
      -- Heads of each line: two indexed look-ups per service, however long the queue.
      CREATE INDEX tickets_line ON tickets (status, service_id, priority, queued_at, seq);
      CREATE INDEX tickets_day ON tickets (service_day, status);
      CREATE INDEX tickets_finished ON tickets (service_id, finished_at) WHERE finished_at IS NOT NULL;
      -- At most one active ticket per counter, guaranteed by the database itself.
      CREATE UNIQUE INDEX tickets_one_active_per_counter ON tickets (counter_id) WHERE status IN ('called', 'serving');

      CREATE TABLE counter_state (
        counter_id TEXT PRIMARY KEY,
        state TEXT NOT NULL DEFAULT 'closed',
        pause_reason TEXT,
        user_id INTEGER,
        consecutive_fast_track INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      );

      CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        type TEXT NOT NULL,
        at INTEGER NOT NULL,
        data TEXT NOT NULL
      );

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        ticket_id TEXT,
        counter_id TEXT,
        detail TEXT
      );

      CREATE TABLE idempotency (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (scope, key)
      );

      CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );

      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE help_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        note TEXT,
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        resolved_at INTEGER,
        resolved_by TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'faq feedback',
    sql: `
      -- "Apakah jawaban ini membantu?" from the kiosk: one row per answer, counted per question.
      -- The kiosk's outbox resends with the same key after a network blink; the key keeps it one row.
      CREATE TABLE faq_feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        faq_id TEXT NOT NULL,
        helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        created_at INTEGER NOT NULL,
        idempotency_key TEXT UNIQUE
      );
      CREATE INDEX faq_feedback_question ON faq_feedback (faq_id, helpful);
    `,
  },
  {
    version: 3,
    name: 'waiting counts per line',
    sql: `
      -- How many tickets wait in each line (service x fast track), kept by triggers in the same
      -- transaction as the change, so issuing a ticket need not count the whole queue.
      CREATE TABLE line_counts (
        service_id TEXT NOT NULL,
        priority INTEGER NOT NULL,
        waiting INTEGER NOT NULL,
        PRIMARY KEY (service_id, priority)
      );
      INSERT INTO line_counts (service_id, priority, waiting)
        SELECT service_id, priority, COUNT(*) FROM tickets WHERE status = 'waiting' GROUP BY service_id, priority;

      CREATE TRIGGER line_counts_insert AFTER INSERT ON tickets WHEN NEW.status = 'waiting'
      BEGIN
        INSERT INTO line_counts (service_id, priority, waiting) VALUES (NEW.service_id, NEW.priority, 1)
          ON CONFLICT (service_id, priority) DO UPDATE SET waiting = waiting + 1;
      END;
      CREATE TRIGGER line_counts_leave AFTER UPDATE OF status, service_id, priority ON tickets WHEN OLD.status = 'waiting'
      BEGIN
        UPDATE line_counts SET waiting = waiting - 1 WHERE service_id = OLD.service_id AND priority = OLD.priority;
      END;
      CREATE TRIGGER line_counts_join AFTER UPDATE OF status, service_id, priority ON tickets WHEN NEW.status = 'waiting'
      BEGIN
        INSERT INTO line_counts (service_id, priority, waiting) VALUES (NEW.service_id, NEW.priority, 1)
          ON CONFLICT (service_id, priority) DO UPDATE SET waiting = waiting + 1;
      END;
      CREATE TRIGGER line_counts_delete AFTER DELETE ON tickets WHEN OLD.status = 'waiting'
      BEGIN
        UPDATE line_counts SET waiting = waiting - 1 WHERE service_id = OLD.service_id AND priority = OLD.priority;
      END;
    `,
  },
  {
    version: 4,
    name: 'complaints',
    sql: `
      -- Complaints (pengaduan, Peraturan BPJS Ketenagakerjaan No. 3/2018). Personal data lives only
      -- here; nik_hash (HMAC with the branch key in DATA_DIR) finds duplicates without comparing NIKs.
      -- clock_segments is the legal clock as a JSON array of {kind, start, end, by, reason}.
      CREATE TABLE complaint_categories (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL,
        position INTEGER NOT NULL,
        active INTEGER NOT NULL DEFAULT 1
      );
      CREATE TABLE complaints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        reference TEXT NOT NULL UNIQUE,
        check_hash TEXT NOT NULL,
        status TEXT NOT NULL,
        category TEXT NOT NULL,
        channel TEXT NOT NULL,
        reporter_name TEXT NOT NULL,
        nik TEXT NOT NULL,
        nik_hash TEXT NOT NULL,
        kpj TEXT,
        phone TEXT NOT NULL,
        email TEXT,
        description TEXT NOT NULL,
        occurred_at TEXT,
        place TEXT,
        ticket_number TEXT,
        counter_id TEXT,
        received_at INTEGER NOT NULL,
        received_by TEXT NOT NULL,
        assignee TEXT,
        clock_segments TEXT NOT NULL,
        completeness_told_at INTEGER,
        resolution TEXT,
        accepted INTEGER,
        escalation_reason TEXT,
        linked_to TEXT,
        updated_at INTEGER NOT NULL,
        closed_at INTEGER
      );
      CREATE INDEX complaints_status ON complaints (status, received_at);
      CREATE INDEX complaints_duplicates ON complaints (nik_hash, category, received_at);
      CREATE TABLE complaint_timeline (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        complaint_id INTEGER NOT NULL REFERENCES complaints(id),
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        kind TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT,
        note TEXT,
        detail TEXT
      );
      CREATE INDEX complaint_timeline_of ON complaint_timeline (complaint_id, id);
      -- One early warning per level per complaint, written by the housekeeping tick.
      CREATE TABLE complaint_warnings (
        complaint_id INTEGER NOT NULL REFERENCES complaints(id),
        level TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (complaint_id, level)
      );
      CREATE TABLE complaint_sequences (day TEXT PRIMARY KEY, last INTEGER NOT NULL);
      -- Saran dan masukan without identity: counted apart from complaints.
      CREATE TABLE suggestions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        text TEXT NOT NULL,
        category TEXT,
        channel TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE calendar_closures (
        date TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'survey tokens and responses',
    sql: `
      -- One token per served ticket, minted in the transaction that finishes it. Only its hash is
      -- kept; used_at makes it single-use. The officer and counter come from the queue record,
      -- never from the respondent.
      CREATE TABLE survey_tokens (
        ticket_id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        service_day TEXT NOT NULL,
        service_id TEXT NOT NULL,
        counter_id TEXT,
        officer_id INTEGER,
        minted_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE INDEX survey_tokens_counter ON survey_tokens (counter_id, minted_at);
      -- One response per ticket (UNIQUE), answers in one column per SKM element (never by position).
      CREATE TABLE survey_responses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ticket_id TEXT NOT NULL UNIQUE REFERENCES survey_tokens (ticket_id),
        service_day TEXT NOT NULL,
        service_id TEXT NOT NULL,
        counter_id TEXT,
        officer_id INTEGER,
        questionnaire TEXT NOT NULL,
        overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 4),
        u1 INTEGER CHECK (u1 BETWEEN 1 AND 4),
        u2 INTEGER CHECK (u2 BETWEEN 1 AND 4),
        u3 INTEGER CHECK (u3 BETWEEN 1 AND 4),
        u4 INTEGER CHECK (u4 BETWEEN 1 AND 4),
        u5 INTEGER CHECK (u5 BETWEEN 1 AND 4),
        u6 INTEGER CHECK (u6 BETWEEN 1 AND 4),
        u7 INTEGER CHECK (u7 BETWEEN 1 AND 4),
        u8 INTEGER CHECK (u8 BETWEEN 1 AND 4),
        u9 INTEGER CHECK (u9 BETWEEN 1 AND 4),
        comment TEXT,
        language TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX survey_responses_day ON survey_responses (service_day, service_id, counter_id);
    `,
  },
  {
    version: 6,
    name: 'print reprints',
    sql: `
      -- Staff reprints of a print job (a ticket the printer did not deliver, a torn paper): who
      -- asked, why, on which printer. A reprint job is marked by reprint_of (the job it copies),
      -- never recognised by the words printed on it.
      CREATE TABLE print_reprints (
        job_id TEXT PRIMARY KEY,
        reprint_of TEXT NOT NULL,
        printer_id TEXT NOT NULL,
        ticket_id TEXT,
        at INTEGER NOT NULL,
        staff_user_id INTEGER,
        staff_username TEXT NOT NULL,
        reason TEXT
      );
      CREATE INDEX print_reprints_of ON print_reprints (reprint_of);
    `,
  },
  {
    version: 7,
    name: 'session issue numbers',
    sql: `
      -- Every session gets the next number of one monotonic issue record; ending a user's sessions
      -- (disable, password change, sign out everywhere) stores the last number issued so far, and
      -- a session is valid only with a higher number. Revocation never depends on the wall clock.
      CREATE TABLE session_issue (id INTEGER PRIMARY KEY CHECK (id = 1), last INTEGER NOT NULL);
      INSERT INTO session_issue (id, last) VALUES (1, 0);
      ALTER TABLE sessions ADD COLUMN issue_no INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE users ADD COLUMN sessions_revoked_through INTEGER NOT NULL DEFAULT -1;
    `,
  },
  {
    version: 8,
    name: 'report facts',
    sql: `
      -- Report facts kept on the ticket by triggers, in the same transaction as the change, so a
      -- year of reports reads one row per visit instead of replaying the audit trail.
      -- wait_ms: issue -> the (last) call that led to the first service; service_ms and officer_id:
      -- of the service that finished the visit; missed / returned / transferred: happened at least once;
      -- estimate_minutes: the wait printed on the ticket (written by the engine at issue).
      ALTER TABLE tickets ADD COLUMN wait_ms INTEGER;
      ALTER TABLE tickets ADD COLUMN service_ms INTEGER;
      ALTER TABLE tickets ADD COLUMN officer_id INTEGER;
      ALTER TABLE tickets ADD COLUMN estimate_minutes INTEGER;
      ALTER TABLE tickets ADD COLUMN missed INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE tickets ADD COLUMN returned INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE tickets ADD COLUMN transferred INTEGER NOT NULL DEFAULT 0;
      -- Tickets from before this migration: what their row still tells (the call and start of the
      -- visit as it ended; earlier recalls, no-shows and returns are not on the row).
      UPDATE tickets SET wait_ms = COALESCE(last_called_at, called_at, started_at) - issued_at WHERE started_at IS NOT NULL;
      UPDATE tickets SET service_ms = finished_at - started_at WHERE status = 'done' AND started_at IS NOT NULL;
      UPDATE tickets SET missed = 1 WHERE status = 'missed' OR missed_at IS NOT NULL;
      UPDATE tickets SET transferred = 1 WHERE service_id <> origin_service_id;

      CREATE TRIGGER report_first_service AFTER UPDATE OF status ON tickets
        WHEN NEW.status = 'serving' AND NEW.wait_ms IS NULL
      BEGIN
        UPDATE tickets SET wait_ms = COALESCE(NEW.last_called_at, NEW.called_at, NEW.started_at) - NEW.issued_at WHERE id = NEW.id;
      END;
      CREATE TRIGGER report_finished AFTER UPDATE OF status ON tickets
        WHEN NEW.status = 'done' AND OLD.status <> 'done'
      BEGIN
        UPDATE tickets SET service_ms = NEW.finished_at - NEW.started_at,
          officer_id = (SELECT user_id FROM counter_state WHERE counter_id = NEW.counter_id)
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER report_missed AFTER UPDATE OF status ON tickets
        WHEN NEW.status = 'missed' AND OLD.status <> 'missed'
      BEGIN
        UPDATE tickets SET missed = 1 WHERE id = NEW.id;
      END;
      CREATE TRIGGER report_returned AFTER UPDATE OF status ON tickets
        WHEN NEW.status = 'waiting' AND OLD.status = 'missed'
      BEGIN
        UPDATE tickets SET returned = 1 WHERE id = NEW.id;
      END;
      CREATE TRIGGER report_transferred AFTER UPDATE OF service_id ON tickets
        WHEN NEW.service_id <> OLD.service_id
      BEGIN
        UPDATE tickets SET transferred = 1 WHERE id = NEW.id;
      END;

      -- Every change of a counter's state (open, paused with its reason, closed), for open, paused
      -- and idle time per counter. counter_state keeps only the present.
      CREATE TABLE counter_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        counter_id TEXT NOT NULL,
        state TEXT NOT NULL,
        pause_reason TEXT,
        user_id INTEGER,
        at INTEGER NOT NULL
      );
      CREATE INDEX counter_log_at ON counter_log (at);
      CREATE INDEX counter_log_counter ON counter_log (counter_id, at);
      CREATE TRIGGER counter_log_insert AFTER INSERT ON counter_state
      BEGIN
        INSERT INTO counter_log (counter_id, state, pause_reason, user_id, at) VALUES (NEW.counter_id, NEW.state, NEW.pause_reason, NEW.user_id, NEW.updated_at);
      END;
      CREATE TRIGGER counter_log_update AFTER UPDATE ON counter_state
        WHEN NEW.state IS NOT OLD.state OR NEW.pause_reason IS NOT OLD.pause_reason OR NEW.user_id IS NOT OLD.user_id
      BEGIN
        INSERT INTO counter_log (counter_id, state, pause_reason, user_id, at) VALUES (NEW.counter_id, NEW.state, NEW.pause_reason, NEW.user_id, NEW.updated_at);
      END;

      -- Complaints received in a period, for the semester review.
      CREATE INDEX complaints_received ON complaints (received_at);
    `,
  },
  {
    version: 9,
    name: 'audit trail append-only',
    sql: `
      -- The audit trail is evidence: once written, a row is never changed or removed, by this
      -- build or by a hand-run statement. The triggers refuse it inside SQLite itself.
      ALTER TABLE audit ADD COLUMN subject TEXT;
      CREATE INDEX audit_at ON audit (at);
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only: rows cannot be changed'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only: rows cannot be deleted'); END;
    `,
  },
  {
    version: 10,
    name: 'head-office outbox',
    sql: `
      -- Every event head office receives, written in the transaction of its change (UnitOfWork).
      -- seq is gap-free per branch: taken from hq_outbox_state in the same transaction, so a
      -- rolled-back change leaves no hole. Rows stay after head office acknowledged them (for
      -- re-delivery) until they are older than the keep period.
      CREATE TABLE hq_outbox (
        seq INTEGER PRIMARY KEY,
        branch_code TEXT NOT NULL,
        event_id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        occurred_at INTEGER NOT NULL,
        local_time TEXT NOT NULL,
        day TEXT NOT NULL,
        entity_kind TEXT,
        entity_id TEXT,
        payload TEXT NOT NULL
      );
      CREATE INDEX hq_outbox_day ON hq_outbox (day, seq);
      CREATE TABLE hq_outbox_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_seq INTEGER NOT NULL,
        acked_seq INTEGER NOT NULL,
        last_contact_at INTEGER,
        clock_skew_ms INTEGER,
        last_error TEXT
      );
      INSERT INTO hq_outbox_state (id, last_seq, acked_seq) VALUES (1, 0, 0);
      CREATE TABLE hq_day_seals (day TEXT PRIMARY KEY, seq INTEGER NOT NULL);
    `,
  },
  {
    version: 11,
    name: 'branch settings',
    sql: `
      -- The branch settings (services, counters, hours, rules) as the administration page last
      -- saved them. The branch file only seeds 'current' on the first start. 'pending' holds a
      -- change that would renumber or drop today's tickets, applied when its service day comes.
      CREATE TABLE branch_settings (
        slot TEXT PRIMARY KEY CHECK (slot IN ('current', 'pending')),
        config TEXT NOT NULL,
        sections TEXT,
        reasons TEXT,
        effective_day TEXT,
        saved_at INTEGER NOT NULL,
        saved_by TEXT NOT NULL
      );
    `,
  },
  {
    version: 12,
    name: 'paired devices',
    sql: `
      -- Kiosks, counter tablets and boards (issue 11, README "Device pairing"). A row is made when a
      -- device asks for a code (state pending, with its code and expiry); an administrator entering
      -- the code pairs it (name, counter); revoking keeps the row for the record. Only the SHA-256
      -- of the device's credential is stored, never the credential.
      CREATE TABLE devices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        token_hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('kiosk', 'counter_tablet', 'board')),
        state TEXT NOT NULL CHECK (state IN ('pending', 'paired', 'revoked')),
        pairing_code TEXT,
        code_expires_at INTEGER,
        requested_from TEXT NOT NULL,
        requested_at INTEGER NOT NULL,
        name TEXT,
        counter_id TEXT,
        paired_at INTEGER,
        paired_by TEXT,
        revoked_at INTEGER,
        revoked_by TEXT
      );
      CREATE INDEX devices_pending_code ON devices (pairing_code) WHERE state = 'pending';
    `,
  },
  {
    version: 13,
    name: 'session issue on the monotonic clock',
    sql: `
      -- Where and when, on the server process's monotonic clock, a session was issued: within the
      -- same run (boot_id) its age comes from that clock, so setting the wall clock back or ahead
      -- neither stretches nor cuts its 12 hours (queue-server/auth/session-clock.ts).
      ALTER TABLE sessions ADD COLUMN boot_id TEXT;
      ALTER TABLE sessions ADD COLUMN issued_mono REAL;
    `,
  },
  {
    version: 14,
    name: 'audit by subject',
    sql: `
      -- A settings section's version is the id of the last audit record of a change to it
      -- (queue-server/settings/settings-versions.ts); this finds it without reading the whole trail.
      CREATE INDEX audit_subject ON audit (subject, id);
    `,
  },
  {
    version: 15,
    name: 'head-office config bundles, national person key, acknowledgement log',
    sql: `
      -- The last good configuration bundle head office published (hq-sync/config-apply.ts), its
      -- ETag for a cheap unchanged pull, the national key for person hashes delivered with it,
      -- and the last refusal (a bundle this build could not parse or apply), reported back.
      CREATE TABLE hq_config (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        applied_version INTEGER,
        bundle TEXT,
        etag TEXT,
        applied_at INTEGER,
        person_key_id TEXT,
        person_key TEXT,
        last_pull_at INTEGER,
        refused_version INTEGER,
        refused_reason TEXT
      );
      INSERT INTO hq_config (id) VALUES (1);
      -- When head office acknowledged each new high-water mark: a sent row is purged only when it
      -- was acknowledged more than the keep period ago (never before acknowledgement).
      CREATE TABLE hq_outbox_acks (acked_seq INTEGER PRIMARY KEY, at INTEGER NOT NULL);
    `,
  },
  {
    version: 16,
    name: 'report day digests',
    sql: `
      -- One digest per closed service day (shared/reports/digest.ts: counts and duration histograms
      -- that add up exactly), written in the transaction that closes the day, so a semester report
      -- merges ~130 rows instead of reading ~200,000 tickets. A digest is only ever of the rows as
      -- they are: any later change to a ticket of that day removes it in the same transaction (the
      -- triggers below) and the reports read that day's tickets until the next day close seals it
      -- again. offset_minutes: the branch's UTC offset the hours were counted in.
      CREATE TABLE report_days (
        service_day TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        offset_minutes INTEGER NOT NULL,
        visits INTEGER NOT NULL,
        digest TEXT NOT NULL
      );
      -- Days whose tickets changed since their digest (or that never had one): the day close seals
      -- these, without looking through the whole ticket table at the first write of the morning.
      CREATE TABLE report_days_due (service_day TEXT PRIMARY KEY);
      INSERT INTO report_days_due (service_day) SELECT DISTINCT service_day FROM tickets;
      CREATE TRIGGER report_days_ticket_insert AFTER INSERT ON tickets
      BEGIN
        DELETE FROM report_days WHERE service_day = NEW.service_day;
        INSERT OR IGNORE INTO report_days_due (service_day) VALUES (NEW.service_day);
      END;
      CREATE TRIGGER report_days_ticket_update AFTER UPDATE ON tickets
      BEGIN
        DELETE FROM report_days WHERE service_day IN (OLD.service_day, NEW.service_day);
        INSERT OR IGNORE INTO report_days_due (service_day) VALUES (OLD.service_day), (NEW.service_day);
      END;
      CREATE TRIGGER report_days_ticket_delete AFTER DELETE ON tickets
      BEGIN
        DELETE FROM report_days WHERE service_day = OLD.service_day;
        INSERT OR IGNORE INTO report_days_due (service_day) VALUES (OLD.service_day);
      END;
    `,
  },
  {
    version: 17,
    name: 'faq usage',
    sql: `
      -- What visitors do with the kiosk's FAQ (shared/contracts/faq-usage.ts): an answer read, or a
      -- search that ended without a useful answer with its normalised words (never a number that
      -- could be a NIK or a phone). No kiosk, ticket or visitor: nothing here points at a person.
      CREATE TABLE faq_usage (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('read', 'no-answer')),
        faq_id TEXT,
        query TEXT,
        verdict TEXT CHECK (verdict IS NULL OR verdict IN ('weak', 'none')),
        created_at INTEGER NOT NULL,
        idempotency_key TEXT UNIQUE,
        CHECK ((kind = 'read' AND faq_id IS NOT NULL AND query IS NULL) OR (kind = 'no-answer' AND query IS NOT NULL AND faq_id IS NULL))
      );
      CREATE INDEX faq_usage_at ON faq_usage (kind, created_at);
      -- The report's "answers marked not helpful" by period.
      CREATE INDEX faq_feedback_at ON faq_feedback (created_at);
    `,
  },
];

/** The newest schema this build knows; a database past it was written by a newer build. */
export const KNOWN_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/**
 * Opening a database migrated by a newer build would let this build write rows its schema no
 * longer describes (or miss columns a newer build relies on). Refuse instead, before any write.
 */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
    where: string,
  ) {
    super(
      `Basis data ${where} sudah dimigrasi oleh versi queue-server yang lebih baru (skema versi ${found}); ` +
        `versi ini hanya mengenal skema sampai versi ${known}. Berkas tidak diubah. ` +
        'Jalankan versi queue-server yang lebih baru, atau pulihkan cadangan basis data dari sebelum pembaruan.',
    );
    this.name = 'NewerSchemaError';
  }
}

const highestVersion = rowParser('schema_migrations', z.object({ version: z.number().int().nullable() }));
const appliedVersion = rowParser('schema_migrations', z.object({ version: z.number().int() }));

/** The highest applied migration, or 0 for a database that has none yet. Reads only. */
export function appliedSchemaVersion(db: Database.Database): number {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (table === undefined) return 0;
  return highestVersion.one(db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get()).version ?? 0;
}

/** Throws NewerSchemaError when the database is past what this build knows. Reads only. */
export function assertKnownSchema(db: Database.Database, where: string): void {
  const found = appliedSchemaVersion(db);
  if (found > KNOWN_SCHEMA_VERSION) throw new NewerSchemaError(found, KNOWN_SCHEMA_VERSION, where);
}

export function migrate(db: Database.Database, where = 'ini'): number {
  assertKnownSchema(db, where);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(appliedVersion.all(db.prepare('SELECT version FROM schema_migrations').all()).map((r) => r.version));
  let count = 0;
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    })();
    count++;
  }
  return count;
}
