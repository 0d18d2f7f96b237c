import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from './migrations.ts';

describe('migrations', () => {
  it('apply in order, once, and bring an older database up to date with its data', () => {
    const db = new Database(':memory:');
    // A branch still on version 2, with a waiting queue.
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 2)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)').run(m.version, m.name);
    }
    const insert = db.prepare(
      "INSERT INTO tickets (id, service_day, service_id, origin_service_id, seq, number, priority, status, issued_at, queued_at) VALUES (?, '2026-11-23', ?, ?, ?, ?, ?, ?, 0, 0)",
    );
    insert.run('a', 'jht', 'jht', 1, 'A-001', 0, 'waiting');
    insert.run('b', 'jht', 'jht', 2, 'A-002', 1, 'waiting');
    insert.run('c', 'jht', 'jht', 3, 'A-003', 0, 'done');
    insert.run('d', 'info', 'info', 1, 'D-001', 0, 'waiting');

    expect(migrate(db)).toBe(MIGRATIONS.length - 2);
    expect(db.prepare('SELECT service_id, priority, waiting FROM line_counts ORDER BY service_id, priority').all()).toEqual([
      { service_id: 'info', priority: 0, waiting: 1 },
      { service_id: 'jht', priority: 0, waiting: 1 },
      { service_id: 'jht', priority: 1, waiting: 1 },
    ]);
    expect(migrate(db)).toBe(0);
    // Versions are assigned per feature and merged, so they only need to rise (never repeat).
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((x, y) => x - y));
    expect(versions[0]).toBe(1);
  });
});
