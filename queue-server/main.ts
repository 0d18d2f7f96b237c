/**
 * Composition root: reads the configuration, opens the database, wires the adapters and listens.
 * Prints "queue-server listening on http://127.0.0.1:<port> (…)" once ready (tests read that line),
 * saying truthfully which interfaces listen (listening-line.ts).
 */
import type { AddressInfo } from 'node:net';
import { ConfigError, fileOnlySections, loadBranchFile, readServerConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { StorageHealth } from './http/storage-health.ts';
import { DailyBackups } from './backup/backup-dir.ts';
import { removePidFile, writePidFile } from './backup/server-pid.ts';
import { wireHardware } from './printing/wire-hardware.ts';
import { readDevicePairingMode } from './pairing/pairing-mode.ts';
import { buildServices } from './services.ts';
import { openDatabase } from './store/database.ts';
import { corruptDatabaseError, CorruptDatabaseError, isCorruptionError } from './store/corrupt-database.ts';
import { NewerSchemaError } from './store/migrations.ts';
import { startHousekeeping } from './housekeeping.ts';
import { loadOrCreateComplaintKey } from './complaints/complaint-key.ts';
import { readClockOffset } from './complaints/clock-offset.ts';
import { listeningLine } from './listening-line.ts';
import { readHqSyncConfig } from './hq-sync/hq-sync-config.ts';
import { HqPusher } from './hq-sync/pusher.ts';
import { HqConfigPuller } from './hq-sync/config-puller.ts';
import { createLogger, logCallback } from './logging/logger.ts';
import { recordClockOffset, startClockGuard } from './clock/wire-clock.ts';

// Structured JSON lines on stdout (LOG_LEVEL: info by default). Start-up refusals (a bad config, a
// newer database) are printed as plain text on stderr instead, for the person starting the server.
const logger = createLogger({ level: process.env.LOG_LEVEL });

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const file = loadBranchFile(config.branchConfigPath, process.env);
  const { branch } = file;
  const db = openDatabase(config.dataDir);
  // QUEUE_CLOCK_OFFSET_MS moves the server's clock (drills and browser tests of the 30-day rule).
  const offset = readClockOffset(process.env);
  const hqSync = readHqSyncConfig(process.env);
  const devicePairing = readDevicePairingMode(process.env);
  // The wall clock checked against the monotonic clock: a jump is held, logged and shown (clock/clock-guard.ts).
  const clockGuard = startClockGuard({ db, wall: () => Date.now() + offset, offsetMs: offset, logger: logger.child({ area: 'clock' }) });
  const services = buildServices({ db, config: branch, branchFileExtras: fileOnlySections(config.branchConfigPath), complaintKey: loadOrCreateComplaintKey(config.dataDir), clockGuard, devicePairing, ...(hqSync ? { hqBranchCode: hqSync.branchCode } : {}) });
  recordClockOffset(services, offset);
  services.complaints.tick();
  services.engine.closePastDays();

  const prepared = await services.auth.prepare(config.bootstrapAdmin);
  if (prepared.created) logger.info({ username: prepared.created }, 'Administrator dibuat dari QUEUE_BOOTSTRAP_ADMIN.');
  if (prepared.setupCode) {
    // Shown on purpose: whoever sees the server console may create the first administrator.
    logger.warn(`Belum ada akun petugas. Kode penyiapan awal: ${prepared.setupCode}. Buat administrator dengan POST /api/auth/setup {code, username, password}.`);
  }

  logger.info({ devicePairing }, devicePairing === 'required' ? 'Pemasangan perangkat: setiap Kios-K, papan dan tablet harus dipasangkan administrator (DEVICE_PAIRING=required).' : 'Pemasangan perangkat: komputer ini dan kiosk.allowedAddresses dianggap terpasang (DEVICE_PAIRING=loopback-trusted); perangkat lain dipasangkan administrator.');
  const hardware = wireHardware({ services, server: config, file, env: process.env, log: (message) => logger.info({ area: 'hardware' }, message) });
  const health = new StorageHealth({ dataDir: config.dataDir });
  const app = createApp(services, {
    staticDir: config.staticDir,
    printing: hardware.printing,
    complaintPrinting: hardware.printing,
    extraRoutes: hardware.routes,
    health,
    logger,
    metrics: { backupDir: config.backupDir, printers: () => hardware.printing.printerViews(), printOutcomes: (ids) => hardware.printing.outcomes.families(ids) },
    hqSync: { link: hqSync, diskFreeBytes: () => health.readiness().freeBytes },
  });
  const server = app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    writePidFile(config.dataDir);
    // Tests and tools read the port from this message (listening-line.ts says which interfaces listen).
    logger.info({ port, branch: branch.branch.code, dataDir: config.dataDir }, listeningLine(config.host, port));
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, `Server tidak dapat mendengarkan port ${config.port}: ${error.message}`);
    process.exit(1);
  });

  const stopHousekeeping = startHousekeeping(services, logCallback(logger.child({ area: 'housekeeping' })));
  const backups = new DailyBackups({ db, dir: config.backupDir, policy: config.backupRotation, log: (line) => logger.info({ area: 'backup' }, line) });
  const stopBackups = backups.start();
  const pusher = hqSync ? new HqPusher({ ...hqSync, uow: services.uow, repo: services.hqOutbox.repo, now: services.now, diskFreeBytes: () => health.readiness().freeBytes }) : null;
  const stopPusher = pusher?.start() ?? (() => undefined);
  const puller = hqSync ? new HqConfigPuller({ ...hqSync, config: services.hqConfig, now: services.now }) : null;
  const configLog = logger.child({ area: 'hq-config' });
  const stopPuller = puller?.start((o) => {
    if (o.kind === 'applied') configLog.info(`Konfigurasi kantor pusat versi ${o.version} diterapkan (sekarang: ${o.now.join(', ') || '-'}; hari layanan berikutnya: ${o.nextDay.join(', ') || '-'}).`);
    if (o.kind === 'refused') configLog.warn(`Konfigurasi kantor pusat versi ${o.version} ditolak: ${o.reason}. Versi terakhir yang baik tetap berlaku.`);
    if (o.kind === 'failed') configLog.warn(`Menarik konfigurasi kantor pusat gagal (${o.reason}); dicoba lagi dalam ${Math.round(o.retryInMs / 1000)} detik.`);
  }) ?? (() => undefined);
  if (hqSync) logger.info({ area: 'hq-sync' }, `Sinkronisasi ke kantor pusat ${hqSync.hqUrl} sebagai cabang ${hqSync.branchCode}.`);

  const shutdown = () => {
    stopHousekeeping();
    stopBackups();
    stopPusher();
    stopPuller();
    server.close();
    server.closeAllConnections();
    void hardware.stop().finally(() => {
      removePidFile(config.dataDir);
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  // A damaged database file, met anywhere in start-up: what to do, not a stack trace.
  const known = isCorruptionError(error) ? corruptDatabaseErrorFromEnv(error) : error;
  // Known refusals print just their message (it says what to do); anything else with its stack.
  console.error(known instanceof ConfigError || known instanceof NewerSchemaError || known instanceof CorruptDatabaseError ? known.message : known);
  process.exit(1);
});

function corruptDatabaseErrorFromEnv(cause: unknown): CorruptDatabaseError {
  const config = readServerConfig(process.env);
  return corruptDatabaseError({ dataDir: config.dataDir, backupDir: config.backupDir, cause });
}
