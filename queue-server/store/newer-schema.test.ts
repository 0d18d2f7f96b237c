/** A database migrated by a newer build is refused before anything is written to it. */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from './database.ts';
import { KNOWN_SCHEMA_VERSION, migrate, NewerSchemaError } from './migrations.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data directory whose database a newer build has taken to schema version KNOWN + 1. */
function dataDirFromNewerBuild(): { dir: string; file: string; hash: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'kios-newer-'));
  dirs.push(dir);
  openDatabase(dir).close();
  const file = databasePath(dir);
  const db = new Database(file);
  db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(KNOWN_SCHEMA_VERSION + 1, 'from the future', 0);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { dir, file, hash: () => createHash('sha256').update(readFileSync(file)).digest('hex') };
}

describe('a database from a newer build', () => {
  it('is refused with both versions named and what to do, and the file is left as it was', () => {
    const { dir, file, hash } = dataDirFromNewerBuild();
    const before = hash();
    const filesBefore = readdirSync(dir).sort();
    let refused: unknown;
    try {
      openDatabase(dir);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(NewerSchemaError);
    const message = (refused as Error).message;
    expect(message).toContain(`skema versi ${KNOWN_SCHEMA_VERSION + 1}`);
    expect(message).toContain(`sampai versi ${KNOWN_SCHEMA_VERSION}`);
    expect(message).toContain(file);
    expect(message).toMatch(/versi queue-server yang lebih baru/);
    expect(message).toMatch(/pulihkan cadangan/);
    expect(hash()).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('migrate() itself refuses too (an in-memory or already open database), applying nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 0)').run(KNOWN_SCHEMA_VERSION + 5, 'later');
    expect(() => migrate(db)).toThrowError(NewerSchemaError);
    expect(() => migrate(db)).toThrowError(`skema versi ${KNOWN_SCHEMA_VERSION + 5}`);
  });

  it('an older or current database still opens and is brought up to date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kios-current-'));
    dirs.push(dir);
    openDatabase(dir).close();
    const db = openDatabase(dir);
    const versions = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get();
    db.close();
    expect(versions).toEqual({ v: KNOWN_SCHEMA_VERSION });
  });

  it('the server process stops with the message and a non-zero exit code, and does not touch the file', () => {
    const { dir, hash } = dataDirFromNewerBuild();
    const before = hash();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'queue-server/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, KIOSK_PRINTER: 'none' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`skema versi ${KNOWN_SCHEMA_VERSION + 1}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // the message, not a stack trace
    expect(run.stdout).not.toContain('listening');
    expect(hash()).toBe(before);
  }, 40_000);
});
