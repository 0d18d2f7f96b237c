/**
 * Composition root: reads the configuration, opens the database, wires the adapters and listens.
 * Prints "queue-server listening on http://127.0.0.1:<port>" once ready (tests read that line).
 */
import type { AddressInfo } from 'node:net';
import { ConfigError, loadBranchConfig, readServerConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { StorageHealth } from './http/storage-health.ts';
import { DailyBackups } from './backup/backup-dir.ts';
import { removePidFile, writePidFile } from './backup/server-pid.ts';
import { wireHardware } from './printing/wire-hardware.ts';
import { buildServices } from './services.ts';
import { openDatabase } from './store/database.ts';

const IDEMPOTENCY_KEEP_MS = 2 * 86_400_000;
const EVENTS_KEEP_MS = 7 * 86_400_000;

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const branch = loadBranchConfig(config.branchConfigPath);
  const db = openDatabase(config.dataDir);
  const services = buildServices({ db, config: branch });
  services.engine.closePastDays();

  const prepared = await services.auth.prepare(config.bootstrapAdmin);
  if (prepared.created) console.log(`Administrator "${prepared.created}" dibuat dari QUEUE_BOOTSTRAP_ADMIN.`);
  if (prepared.setupCode) {
    console.log(`Belum ada akun petugas. Kode penyiapan awal: ${prepared.setupCode}`);
    console.log('Buat administrator dengan POST /api/auth/setup {code, username, password}.');
  }

  const hardware = wireHardware({ services, server: config, branch, env: process.env });
  const health = new StorageHealth({ dataDir: config.dataDir });
  const app = createApp(services, { staticDir: config.staticDir, printing: hardware.printing, extraRoutes: hardware.routes, health, metrics: { backupDir: config.backupDir, printers: () => hardware.printing.printerViews() } });
  const server = app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    writePidFile(config.dataDir);
    console.log(`queue-server listening on http://127.0.0.1:${port}`);
    console.log(`${branch.branch.name} — data di ${config.dataDir}`);
  });
  server.on('error', (error) => {
    console.error(`Server tidak dapat mendengarkan port ${config.port}: ${error.message}`);
    process.exit(1);
  });

  const backups = new DailyBackups({ db, dir: config.backupDir, policy: config.backupRotation, log: (line) => console.log(line) });
  // Housekeeping: close the day at local midnight even when nobody presses anything, so boards clear.
  const housekeeping = setInterval(() => {
    void backups.tick();
    services.engine.closePastDays();
    services.idempotency.purgeOlderThan(IDEMPOTENCY_KEEP_MS);
    services.events.purgeBefore(Date.now() - EVENTS_KEEP_MS);
  }, 60_000);
  housekeeping.unref();

  const shutdown = () => {
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
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
