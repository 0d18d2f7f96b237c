/**
 * Versioned schema. A migration is never edited once shipped: add a new one. Each runs in its own
 * transaction together with the row that records it, so a crash leaves either all of it or none.
 */
import type Database from 'better-sqlite3';

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
];

export function migrate(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((r) => (r as { version: number }).version),
  );
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
