/**
 * Taking and checking backups of the branch database while the server serves. SQLite's online
 * backup API copies every page in one step under one read transaction, so the copy is the database
 * as it was at one instant: every ticket committed before the backup began is in it, and nothing
 * half-written. The copy goes to a temporary name and gets its real name only once it is verified,
 * so a file named like a backup is always a good one.
 */
import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../store/migrations.ts';
import { backupName } from './backup-files.ts';

/** The newest schema this build knows: a backup from a newer build is refused. */
export const KNOWN_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

const COUNTED_TABLES = ['tickets', 'events', 'audit', 'users'] as const;

export interface BackupCheck {
  ok: boolean;
  /** Indonesian, one line per problem; empty when ok. */
  problems: string[];
  schemaVersion: number | null;
  counts: Partial<Record<(typeof COUNTED_TABLES)[number], number>>;
}

/** Opens a file as a branch database and checks it can be served: integrity, schema, tables. */
export function checkBackup(file: string): BackupCheck {
  const problems: string[] = [];
  const counts: BackupCheck['counts'] = {};
  let schemaVersion: number | null = null;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`pemeriksaan integritas gagal: ${String(integrity)}`);
    const version = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    schemaVersion = version.v;
    if (schemaVersion === null) problems.push('berkas tidak memiliki riwayat skema (bukan basis data Kios-K)');
    else if (schemaVersion > KNOWN_SCHEMA_VERSION) {
      problems.push(`berkas dibuat oleh versi yang lebih baru (skema ${schemaVersion}, versi ini mengenal sampai ${KNOWN_SCHEMA_VERSION}); pulihkan dengan versi yang lebih baru`);
    }
    for (const table of COUNTED_TABLES) {
      counts[table] = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
  } catch (error) {
    problems.push(`berkas tidak dapat dibaca sebagai basis data: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
  return { ok: problems.length === 0, problems, schemaVersion, counts };
}

export interface BackupResult extends BackupCheck {
  file: string;
  bytes: number;
  takenAt: number;
  durationMs: number;
}

/** Copies the live database `source` into `dir`, verifies the copy, and names it by its time. */
export async function takeBackup(source: Database.Database, dir: string, now: () => number = Date.now): Promise<BackupResult> {
  mkdirSync(dir, { recursive: true });
  const takenAt = now();
  const final = join(dir, backupName(takenAt));
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  try {
    await source.backup(partial);
    // The copy keeps the live file's WAL mode; one self-contained file is what an officer copies
    // to a USB stick, so it goes back to a rollback journal.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const check = checkBackup(partial);
    if (!check.ok) {
      rmSync(partial, { force: true });
      return { ...check, file: final, bytes: 0, takenAt, durationMs: performance.now() - started };
    }
    renameSync(partial, final);
    return { ...check, file: final, bytes: statSync(final).size, takenAt, durationMs: performance.now() - started };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
