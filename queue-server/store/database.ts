/**
 * Opens the branch database. WAL with synchronous=FULL: every committed transaction is on disk
 * before the HTTP answer leaves, so a power cut or kill -9 loses nothing that was acknowledged.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assertKnownSchema, migrate } from './migrations.ts';

export type Db = Database.Database;

export function databasePath(dataDir: string): string {
  return join(dataDir, 'queue.sqlite');
}

/** Throws NewerSchemaError (before anything is written) for a database from a newer build. */
export function openDatabase(dataDir: string | ':memory:'): Db {
  let db: Db;
  if (dataDir === ':memory:') {
    db = new Database(':memory:');
  } else {
    const path = databasePath(dataDir);
    // Checked on a read-only connection first: even switching the journal mode is a write.
    if (existsSync(path)) refuseNewerSchema(path);
    mkdirSync(dataDir, { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db, dataDir === ':memory:' ? '(memori)' : databasePath(dataDir));
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function refuseNewerSchema(path: string): void {
  // A read-only connection to a WAL database still creates the -wal and -shm files beside it.
  // Those made only for this look are removed again, so a refused start leaves the folder as it was.
  const wal = `${path}-wal`;
  const made = [wal, `${path}-shm`].filter((f) => !existsSync(f));
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    assertKnownSchema(db, path);
  } catch (error) {
    db.close();
    const walEmpty = !existsSync(wal) || statSync(wal).size === 0;
    if (walEmpty) for (const f of made) rmSync(f, { force: true });
    throw error;
  }
  db.close();
}

/** For the health check: throws when the database cannot answer a query. */
export function pingDatabase(db: Db): void {
  db.prepare('SELECT 1').get();
}

/**
 * Filling an empty database with generated history (demo:generate): without a sync per commit it
 * takes minutes instead of hours. Never on a live branch database; `endBulkLoad` restores FULL and
 * folds the WAL back before the folder is handed over.
 */
export function beginBulkLoad(db: Db): void {
  db.pragma('synchronous = OFF');
}

export function endBulkLoad(db: Db): void {
  db.pragma('synchronous = FULL');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
