/**
 * Start-up on a damaged database file (issue 11): instead of a stack trace, one message that says
 * what is wrong, where the file is, and how to put the last good backup back.
 */
import { join } from 'node:path';
import { backupStatus } from '../backup/backup-dir.ts';

export class CorruptDatabaseError extends Error {
  override name = 'CorruptDatabaseError';
}

/** SQLite's own words for a file that is not (or no longer) a readable database. */
export function isCorruptionError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}

export function corruptDatabaseError(o: { dataDir: string; backupDir: string; cause: unknown }): CorruptDatabaseError {
  const file = join(o.dataDir, 'queue.sqlite');
  const last = backupStatus(o.backupDir);
  const restore = last.lastFile
    ? `Pulihkan cadangan terakhir yang baik (${last.lastFile}):\n  npm run restore -- ${join(o.backupDir, last.lastFile)}\nlalu jalankan server lagi. Berkas yang rusak disimpan oleh perintah itu di ${join(o.dataDir, 'sebelum-pemulihan-<waktu>')}.`
    : `Tidak ada cadangan di ${o.backupDir}. Bila ada salinan cadangan di tempat lain: npm run restore -- BERKAS. Tanpa cadangan, pindahkan berkas yang rusak (jangan dihapus; bagian TI mungkin dapat menyelamatkan isinya) dan server akan membuat basis data baru yang kosong.`;
  const detail = o.cause instanceof Error ? o.cause.message : String(o.cause);
  return new CorruptDatabaseError(`Basis data antrean rusak dan tidak dapat dibaca: ${file} (${detail}).\nServer tidak dijalankan agar tidak ada yang hilang lebih jauh.\n${restore}`);
}
