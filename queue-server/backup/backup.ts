/**
 * Taking and checking backups of the branch database while the server serves. SQLite's online
 * backup API copies every page in one step under one read transaction, so the copy is the database
 * as it was at one instant: every ticket committed before the backup began is in it, and nothing
 * half-written. The copy goes to a temporary name and gets its real name only once it is verified,
 * so a file named like a backup is always a good one.
 */
import type Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyDatabase, inspectDatabaseFile, type DatabaseFileInspection } from '../store/database-file.ts';
import { KNOWN_SCHEMA_VERSION } from '../store/migrations.ts';
import { backupName } from './backup-files.ts';

export interface BackupCheck {
  ok: boolean;
  /** Indonesian, one line per problem; empty when ok. */
  problems: string[];
  schemaVersion: number | null;
  counts: DatabaseFileInspection['counts'];
}

/** Checks that a file can be served as this branch's database: integrity, schema, tables. */
export function checkBackup(file: string): BackupCheck {
  let inspected: DatabaseFileInspection;
  try {
    inspected = inspectDatabaseFile(file);
  } catch (error) {
    return { ok: false, problems: [`berkas tidak dapat dibaca sebagai basis data: ${(error as Error).message}`], schemaVersion: null, counts: {} };
  }
  const problems: string[] = [];
  if (inspected.integrity !== 'ok') problems.push(`pemeriksaan integritas gagal: ${inspected.integrity}`);
  if (inspected.schemaVersion === 0) problems.push('berkas tidak memiliki riwayat skema (bukan basis data Kios-K)');
  if (inspected.schemaVersion > KNOWN_SCHEMA_VERSION) {
    problems.push(`berkas dibuat oleh versi yang lebih baru (skema ${inspected.schemaVersion}, versi ini mengenal sampai ${KNOWN_SCHEMA_VERSION}); pulihkan dengan versi yang lebih baru`);
  }
  return { ok: problems.length === 0, problems, schemaVersion: inspected.schemaVersion, counts: inspected.counts };
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
    await copyDatabase(source, partial);
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
