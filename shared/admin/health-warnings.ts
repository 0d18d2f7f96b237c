/**
 * What the supervisor page warns about for the branch's own machine: no backup, a backup older
 * than a day (the daily backup did not run), a disk nearly full. Pure: the caller passes the facts.
 */
const DAY_MS = 86_400_000;
/** Below this the disk is "nearly full": a day of tickets and logs fits many times, a backup maybe not. */
export const DISK_WARN_BYTES = 1024 ** 3;

export function healthWarnings(input: { now: number; lastBackupAt: number | null; freeBytes: number | null; diskWarnBytes?: number }): string[] {
  const warnings: string[] = [];
  if (input.lastBackupAt === null) warnings.push('Belum ada cadangan basis data. Jalankan "npm run backup" atau periksa folder cadangan.');
  else if (input.now - input.lastBackupAt > DAY_MS) {
    const days = Math.floor((input.now - input.lastBackupAt) / DAY_MS);
    warnings.push(`Cadangan terakhir berumur ${days} hari (lebih dari sehari). Periksa cadangan harian server.`);
  }
  const limit = input.diskWarnBytes ?? DISK_WARN_BYTES;
  if (input.freeBytes !== null && input.freeBytes < limit) {
    warnings.push(`Disk hampir penuh: tersisa ${Math.floor(input.freeBytes / 1024 ** 2)} MB. Hapus berkas yang tidak perlu atau tambah ruang disk.`);
  }
  return warnings;
}
