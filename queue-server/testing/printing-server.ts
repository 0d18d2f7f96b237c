/**
 * The real app with the printing side wired to a fake network printer, on port 0, for tests of
 * printing over HTTP. Each call gets its own data folder; close() undoes everything.
 */
import { afterEach } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { QueueEvent } from '../../shared/contracts/events.ts';
import { FakeNetworkPrinter, type SimScenario } from '../../hardware/escpos/sim/fake-network-printer.ts';
import { DEFAULT_BRANCH_CONFIG, loadBranchConfig, loadBranchFile, readServerConfig } from '../config.ts';
import { createApp } from '../http/app.ts';
import { wireHardware } from '../printing/wire-hardware.ts';
import { TEST_PASSWORD_COST } from './fixtures.ts';
import { buildServices } from '../services.ts';
import type { ClockGuard } from '../clock/clock-guard.ts';
import { openDatabase } from '../store/database.ts';

const ADMIN = { username: 'admin', password: 'sandi-rahasia-123' };

/** `logo`: the branch file names a small SVG logo beside it (branch.logoPath), served at /api/kiosk/logo. */
/** `databaseFile`: a database kept across two servers (a restart); in memory without it. */
export async function startPrintingServer(options: { scenario: SimScenario; databaseFile?: string; printing?: object; env?: Record<string, string>; now?: () => number; logo?: boolean; clockGuard?: ClockGuard }) {
  const dir = await mkdtemp(join(tmpdir(), 'kios-print-http-'));
  const shipped = loadBranchConfig(DEFAULT_BRANCH_CONFIG);
  const branch = options.logo ? { ...shipped, branch: { ...shipped.branch, logoPath: 'logo.svg' } } : shipped;
  if (options.logo) await writeFile(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#00529c"/></svg>');
  const sim = await FakeNetworkPrinter.start({ scenario: options.scenario, slowMs: 3000 });
  const branchFile = join(dir, 'branch.json');
  await writeFile(branchFile, JSON.stringify({ ...branch, printing: { issueWaitMs: 300, ...options.printing } }));
  const services = buildServices({ db: openDatabase(options.databaseFile ?? ':memory:'), config: branch, auth: { passwordCost: TEST_PASSWORD_COST }, ...(options.now ? { now: options.now } : {}), ...(options.clockGuard ? { clockGuard: options.clockGuard } : {}) });
  await services.auth.prepare(`${ADMIN.username}:${ADMIN.password}`);
  const events: QueueEvent[] = [];
  services.bus.subscribe((e) => void events.push(e));
  const serverConfig = readServerConfig({ DATA_DIR: dir, BRANCH_CONFIG: branchFile, PORT: '0' });
  const env = { KIOSK_PRINTER: `tcp://127.0.0.1:${sim.port}`, ...options.env };
  const hardware = wireHardware({ services, server: serverConfig, file: loadBranchFile(branchFile, env), log: () => undefined });
  const app = createApp(services, { printing: hardware.printing, extraRoutes: hardware.routes, log: () => undefined });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { token } = (await login.json()) as { token: string };
  const staff = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

  async function close(): Promise<void> {
    server.close();
    server.closeAllConnections();
    await sim.stop();
    await hardware.stop();
    if (options.databaseFile) services.db.close();
    await rm(dir, { recursive: true, force: true });
  }

  return { base, staff, events, sim, services, branch, close };
}

export type PrintingServer = Awaited<ReturnType<typeof startPrintingServer>>;

/** For a test file: `start()` one printing server per test; it is closed after each test. */
export function printingServerPerTest(): { start: (options: Parameters<typeof startPrintingServer>[0]) => Promise<PrintingServer>; readonly current: PrintingServer | null } {
  let current: PrintingServer | null = null;
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return {
    start: async (options) => (current = await startPrintingServer(options)),
    get current() {
      return current;
    },
  };
}
