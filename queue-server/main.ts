/**
 * Composition root: reads the configuration, opens the database, wires the adapters and listens.
 * Prints "queue-server listening on http://127.0.0.1:<port>" once ready (tests read that line).
 */
import type { AddressInfo } from 'node:net';
import { ConfigError, loadBranchConfig, readServerConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { wireHardware } from './printing/wire-hardware.ts';
import { buildServices } from './services.ts';
import { openDatabase } from './store/database.ts';
import { loadOrCreateComplaintKey } from './complaints/complaint-key.ts';
import { readClockOffset } from './complaints/clock-offset.ts';

const IDEMPOTENCY_KEEP_MS = 2 * 86_400_000;
const EVENTS_KEEP_MS = 7 * 86_400_000;

async function main(): Promise<void> {
  const config = readServerConfig(process.env);
  const branch = loadBranchConfig(config.branchConfigPath);
  const db = openDatabase(config.dataDir);
  // QUEUE_CLOCK_OFFSET_MS moves the server's clock (drills and browser tests of the 30-day rule).
  const offset = readClockOffset(process.env);
  const services = buildServices({ db, config: branch, complaintKey: loadOrCreateComplaintKey(config.dataDir), now: () => Date.now() + offset });
  services.complaints.tick();
  services.engine.closePastDays();

  const prepared = await services.auth.prepare(config.bootstrapAdmin);
  if (prepared.created) console.log(`Administrator "${prepared.created}" dibuat dari QUEUE_BOOTSTRAP_ADMIN.`);
  if (prepared.setupCode) {
    console.log(`Belum ada akun petugas. Kode penyiapan awal: ${prepared.setupCode}`);
    console.log('Buat administrator dengan POST /api/auth/setup {code, username, password}.');
  }

  const hardware = wireHardware({ services, server: config, branch, env: process.env });
  const app = createApp(services, { staticDir: config.staticDir, printing: hardware.printing, complaintPrinting: hardware.printing, extraRoutes: hardware.routes });
  const server = app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    console.log(`queue-server listening on http://127.0.0.1:${port}`);
    console.log(`${branch.branch.name} — data di ${config.dataDir}`);
  });
  server.on('error', (error) => {
    console.error(`Server tidak dapat mendengarkan port ${config.port}: ${error.message}`);
    process.exit(1);
  });

  // Housekeeping: close the day at local midnight even when nobody presses anything, so boards clear.
  const housekeeping = setInterval(() => {
    services.engine.closePastDays();
    services.idempotency.purgeOlderThan(IDEMPOTENCY_KEEP_MS);
    services.events.purgeBefore(Date.now() - EVENTS_KEEP_MS);
    services.complaints.tick();
  }, 60_000);
  housekeeping.unref();

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void hardware.stop().finally(() => {
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
