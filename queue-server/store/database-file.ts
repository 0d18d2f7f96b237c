/**
 * The database as a file: copying it while it serves, and looking into a copy (a backup) without
 * changing it. Used by backups and restore; the SQL stays here with the rest of the store.
 */
import Database from 'better-sqlite3';
import { z } from 'zod';
import { appliedSchemaVersion } from './migrations.ts';
import { rowParser } from './rows.ts';

const COUNTED_TABLES = ['tickets', 'events', 'audit', 'users'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

const count = rowParser('count', z.object({ n: z.number().int() }));

/** A second connection to a live database file, for a backup taken while the server serves. */
export function openLiveDatabaseFile(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * SQLite's online backup API into `dest`: the first step copies every page under one read
 * transaction, so the copy is the database at one instant. The copy leaves WAL mode: one
 * self-contained file is what an officer carries away on a USB stick.
 */
export async function copyDatabase(source: Database.Database, dest: string): Promise<void> {
  await source.backup(dest);
  const copy = new Database(dest);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface DatabaseFileInspection {
  integrity: string;
  /** 0 when the file has no migration history (not a Kios-K database). */
  schemaVersion: number;
  counts: Partial<Record<CountedTable, number>>;
}

/** Opens `file` read-only: its integrity check, schema version and row counts. Throws when unreadable. */
export function inspectDatabaseFile(file: string): DatabaseFileInspection {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const schemaVersion = appliedSchemaVersion(db);
    const counts: DatabaseFileInspection['counts'] = {};
    if (schemaVersion > 0) {
      for (const table of COUNTED_TABLES) counts[table] = count.one(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).n;
    }
    return { integrity, schemaVersion, counts };
  } finally {
    db.close();
  }
}
