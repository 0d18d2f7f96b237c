import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database.ts';
import { DailyBackups, listBackups } from './backup-dir.ts';
import { KNOWN_SCHEMA_VERSION } from '../store/migrations.ts';
import { checkBackup, takeBackup } from './backup.ts';
import { restoreBackup } from './restore.ts';
import { writePidFile } from './server-pid.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function branchDb(tickets: number) {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-backup-'));
  const db = openDatabase(join(dir, 'data'));
  const insert = db.prepare(
    `INSERT INTO tickets (id, service_day, service_id, origin_service_id, seq, number, priority, status, issued_at, queued_at)
     VALUES (?, '2026-12-01', 'jht', 'jht', ?, ?, 1, 'waiting', 0, 0)`,
  );
  for (let i = 1; i <= tickets; i++) insert.run(`t-${i}`, i, `A-${String(i).padStart(3, '0')}`);
  return db;
}

describe('a backup', () => {
  it('is a verified, self-contained copy with the counts of the live database', async () => {
    const db = branchDb(25);
    const result = await takeBackup(db, join(dir, 'backups'), () => Date.parse('2026-12-01T10:00:00Z'));
    expect(result.ok).toBe(true);
    expect(result.file).toMatch(/queue-20261201T100000Z\.sqlite$/);
    expect(result.counts.tickets).toBe(25);
    expect(result.schemaVersion).toBe(KNOWN_SCHEMA_VERSION);
    expect(readdirSync(join(dir, 'backups'))).toEqual(['queue-20261201T100000Z.sqlite']);
    db.close();
  });

  it('is refused when damaged, when it is not a Kios-K database, and when a newer build made it', async () => {
    const db = branchDb(200);
    const { file } = await takeBackup(db, join(dir, 'backups'));
    db.close();

    const damaged = join(dir, 'damaged.sqlite');
    const bytes = readFileSync(file);
    for (let i = 8192; i < bytes.length - 4096; i += 4096) bytes.fill(0x5a, i, i + 200);
    writeFileSync(damaged, bytes);
    expect(checkBackup(damaged).ok).toBe(false);

    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'ini bukan basis data');
    expect(checkBackup(text).problems.join()).toMatch(/tidak dapat dibaca/);

    const newer = join(dir, 'newer.sqlite');
    writeFileSync(newer, readFileSync(file));
    const n = new Database(newer);
    n.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 0)').run(KNOWN_SCHEMA_VERSION + 1, 'dari masa depan');
    n.close();
    expect(checkBackup(newer).problems.join()).toMatch(/versi yang lebih baru/);
  });
});

describe('restore', () => {
  it('puts the backup in place and keeps the database it replaces', async () => {
    const db = branchDb(10);
    const { file } = await takeBackup(db, join(dir, 'backups'));
    db.prepare("UPDATE tickets SET status = 'done'").run();
    db.close();
    const outcome = restoreBackup(file, join(dir, 'data'));
    expect(outcome.ok).toBe(true);
    const restored = new Database(join(dir, 'data', 'queue.sqlite'), { readonly: true });
    expect(restored.prepare("SELECT COUNT(*) AS n FROM tickets WHERE status = 'waiting'").get()).toEqual({ n: 10 });
    restored.close();
    if (!outcome.ok) return;
    expect(outcome.previousMovedTo && existsSync(join(outcome.previousMovedTo, 'queue.sqlite'))).toBe(true);
  });

  it('refuses while a server runs on the data folder, and refuses a damaged file without touching the database', async () => {
    const db = branchDb(5);
    const { file } = await takeBackup(db, join(dir, 'backups'));
    db.close();
    const dataDir = join(dir, 'data');
    const before = readFileSync(join(dataDir, 'queue.sqlite'));

    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writePidFile(dataDir, other.pid);
      const refused = restoreBackup(file, dataDir);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.reason).toMatch(/Server masih berjalan \(pid \d+\)/);
    } finally {
      other.kill('SIGKILL');
    }
    await new Promise((r) => other.once('exit', r));
    const damaged = join(dir, 'rusak.sqlite');
    writeFileSync(damaged, readFileSync(file).subarray(0, 3000));
    const refused = restoreBackup(damaged, dataDir);
    expect(refused.ok).toBe(false);
    expect(readFileSync(join(dataDir, 'queue.sqlite')).equals(before)).toBe(true);
  });
});

describe('the daily backup', () => {
  it('is taken when the newest is a day old, then rotated, and not twice in a day', async () => {
    const db = branchDb(3);
    let now = Date.parse('2026-11-01T17:00:00Z');
    const daily = new DailyBackups({ db, dir: join(dir, 'backups'), policy: { daily: 2, weekly: 1 }, now: () => now });
    for (let day = 0; day < 10; day++) {
      expect((await daily.tick())?.ok).toBe(true);
      now += 3_600_000;
      expect(await daily.tick()).toBeNull();
      now += 23 * 3_600_000;
    }
    expect(listBackups(join(dir, 'backups'))).toHaveLength(3);
    db.close();
  });
});
