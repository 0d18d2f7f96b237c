/**
 * Restoring a backup to a stopped server. The current database is never deleted: it moves, with
 * its -wal and -shm, into DATA_DIR/sebelum-pemulihan-<time>/, so a restore of the wrong file can
 * itself be undone.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { checkBackup, type BackupCheck } from './backup.ts';
import { runningServerPid } from './server-pid.ts';

export type RestoreOutcome =
  | { ok: true; check: BackupCheck; previousMovedTo: string | null }
  | { ok: false; reason: string; check?: BackupCheck };

export function restoreBackup(file: string, dataDir: string, now: () => number = Date.now): RestoreOutcome {
  const pid = runningServerPid(dataDir);
  if (pid !== null) return { ok: false, reason: `Server masih berjalan (pid ${pid}). Hentikan server dulu, lalu ulangi pemulihan.` };
  if (!existsSync(file)) return { ok: false, reason: `Berkas cadangan ${file} tidak ditemukan.` };
  const check = checkBackup(file);
  if (!check.ok) return { ok: false, reason: `Berkas cadangan ditolak: ${check.problems.join('; ')}. Basis data yang ada tidak diubah.`, check };

  mkdirSync(dataDir, { recursive: true });
  const live = join(dataDir, 'queue.sqlite');
  let previousMovedTo: string | null = null;
  if (existsSync(live)) {
    previousMovedTo = join(dataDir, `sebelum-pemulihan-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`);
    mkdirSync(previousMovedTo, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(live + suffix)) renameSync(live + suffix, join(previousMovedTo, `queue.sqlite${suffix}`));
    }
  }
  copyFileSync(file, live);
  return { ok: true, check, previousMovedTo };
}
