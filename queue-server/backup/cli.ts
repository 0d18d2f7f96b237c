/**
 * npm run backup            a verified copy of the live database into DATA_DIR/backups (while the
 *                           server serves), then rotation (7 daily, 4 weekly by default).
 * npm run restore -- FILE   puts FILE back as the database of a STOPPED server.
 * Exit code 0 when done, 1 when refused or failed; the reason is printed in Indonesian.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readServerConfig } from '../config.ts';
import { openLiveDatabaseFile } from '../store/database-file.ts';
import { rotateBackups } from './backup-dir.ts';
import { takeBackup } from './backup.ts';
import { restoreBackup } from './restore.ts';

// The same DATA_DIR, BACKUP_DIR and BACKUP_KEEP_* the server reads.
const { dataDir, backupDir, backupRotation } = readServerConfig(process.env);

async function backup(): Promise<number> {
  const live = join(dataDir, 'queue.sqlite');
  if (!existsSync(live)) {
    console.error(`Tidak ada basis data di ${live}. Periksa DATA_DIR.`);
    return 1;
  }
  const db = openLiveDatabaseFile(live);
  try {
    const result = await takeBackup(db, backupDir);
    if (!result.ok) {
      console.error(`Cadangan GAGAL diperiksa dan tidak disimpan: ${result.problems.join('; ')}`);
      return 1;
    }
    const dropped = rotateBackups(backupDir, backupRotation);
    console.log(`Cadangan dibuat dan diperiksa: ${result.file}`);
    console.log(`  ${result.counts.tickets} tiket, ${result.counts.events} peristiwa, ${result.counts.users} akun; ${(result.bytes / 1024).toFixed(0)} KB dalam ${result.durationMs.toFixed(0)} ms.`);
    if (dropped.length > 0) console.log(`  Dihapus menurut rotasi: ${dropped.join(', ')}`);
    return 0;
  } finally {
    db.close();
  }
}

function restore(file: string | undefined): number {
  if (!file) {
    console.error('Pemakaian: npm run restore -- BERKAS_CADANGAN');
    return 1;
  }
  const outcome = restoreBackup(resolve(file), dataDir);
  if (!outcome.ok) {
    console.error(outcome.reason);
    return 1;
  }
  console.log(`Dipulihkan dari ${resolve(file)} ke ${join(dataDir, 'queue.sqlite')}: ${outcome.check.counts.tickets} tiket.`);
  if (outcome.previousMovedTo) console.log(`  Basis data sebelumnya disimpan di ${outcome.previousMovedTo}.`);
  console.log('  Jalankan server lagi (npm start).');
  return 0;
}

const [command, arg] = process.argv.slice(2);
const run = command === 'backup' ? backup() : command === 'restore' ? Promise.resolve(restore(arg)) : Promise.resolve(-1);
run.then(
  (code) => {
    if (code === -1) console.error('Pemakaian: cli.ts backup | cli.ts restore BERKAS');
    process.exit(code === -1 ? 1 : code);
  },
  (error: unknown) => {
    console.error(`Gagal: ${(error as Error).message}`);
    process.exit(1);
  },
);
