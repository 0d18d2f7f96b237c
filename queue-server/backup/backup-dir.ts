/**
 * The backups folder of a branch: what is in it, the last good backup, rotation, and the daily
 * backup the server takes by itself on its housekeeping tick.
 */
import type Database from 'better-sqlite3';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupsToKeep, DEFAULT_ROTATION, parseBackupName, type BackupFile, type RotationPolicy } from './backup-files.ts';
import { takeBackup, type BackupResult } from './backup.ts';

export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map(parseBackupName)
    .filter((f): f is BackupFile => f !== null)
    .sort((a, b) => b.takenAt - a.takenAt);
}

/** Deletes the backups the policy does not keep; returns the names deleted. */
export function rotateBackups(dir: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const files = listBackups(dir);
  const keep = backupsToKeep(files, policy);
  const dropped = files.filter((f) => !keep.has(f.name)).map((f) => f.name);
  for (const name of dropped) rmSync(join(dir, name), { force: true });
  return dropped;
}

export interface BackupStatus {
  lastAt: number | null;
  lastFile: string | null;
  count: number;
}

export function backupStatus(dir: string): BackupStatus {
  const files = listBackups(dir);
  return { lastAt: files[0]?.takenAt ?? null, lastFile: files[0]?.name ?? null, count: files.length };
}

const DAY_MS = 86_400_000;

export class DailyBackups {
  private running: Promise<BackupResult | null> | null = null;

  constructor(
    private readonly d: {
      db: Database.Database;
      dir: string;
      policy?: RotationPolicy;
      now?: () => number;
      log?: (line: string) => void;
    },
  ) {}

  /** Checks every `everyMs` (the housekeeping minute) until the returned function is called. */
  start(everyMs = 60_000): () => void {
    const timer = setInterval(() => void this.tick(), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Takes a backup when the newest is a day old (or there is none); one at a time. */
  tick(): Promise<BackupResult | null> {
    if (this.running) return this.running;
    const now = (this.d.now ?? Date.now)();
    const { lastAt } = backupStatus(this.d.dir);
    if (lastAt !== null && now - lastAt < DAY_MS) return Promise.resolve(null);
    this.running = takeBackup(this.d.db, this.d.dir, this.d.now)
      .then((result) => {
        if (result.ok) {
          const dropped = rotateBackups(this.d.dir, this.d.policy);
          this.d.log?.(`Cadangan harian dibuat: ${result.file} (${result.counts.tickets ?? 0} tiket)${dropped.length ? `; ${dropped.length} cadangan lama dihapus` : ''}.`);
        } else {
          this.d.log?.(`Cadangan harian GAGAL diperiksa: ${result.problems.join('; ')}`);
        }
        return result;
      })
      .catch((error: unknown) => {
        this.d.log?.(`Cadangan harian gagal: ${(error as Error).message}`);
        return null;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
