/**
 * A backup taken with `npm run backup` while kiosks keep issuing tickets, restored with
 * `npm run restore` onto a stopped server: the restored server has every ticket that was
 * acknowledged before the backup started, and a damaged backup is refused.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServerProcess, type ServerProcess } from './support/server-process.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-backup-e2e-'));
const env = { DATA_DIR: dataDir, QUEUE_BOOTSTRAP_ADMIN: 'admin:sandi-uji-cadangan' };
let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'queue-server/backup/cli.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );

async function storedTicketIds(s: ServerProcess, day: string): Promise<Set<string>> {
  const login = await fetch(`${s.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'sandi-uji-cadangan' }) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${s.url}/api/tickets?date=${day}`, { headers: { authorization: `Bearer ${token}` } });
  const { tickets } = (await res.json()) as { tickets: { id: string }[] };
  return new Set(tickets.map((t) => t.id));
}

describe('backup and restore across processes', () => {
  it('restores every ticket acknowledged before a backup taken under load, and refuses a damaged backup', async () => {
    server = await startServerProcess(env);
    const live = server;
    const acked: { id: string; at: number; serviceDay: string }[] = [];
    let stop = false;
    const kiosk = async () => {
      while (!stop) {
        const res = await fetch(`${live.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'jht' }) });
        const { ticket } = (await res.json()) as { ticket: { id: string; serviceDay: string } };
        acked.push({ id: ticket.id, at: performance.now(), serviceDay: ticket.serviceDay });
      }
    };
    const kiosks = Array.from({ length: 4 }, () => kiosk());
    while (acked.length < 100) await new Promise((r) => setTimeout(r, 20));
    const backupStartedAt = performance.now();
    const backup = await cli(['backup']);
    const duringBackup = acked.filter((t) => t.at > backupStartedAt).length;
    stop = true;
    await Promise.all(kiosks);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/Cadangan dibuat dan diperiksa/);
    // Kiosks were still being served while the copy was taken.
    expect(duringBackup).toBeGreaterThan(0);

    const before = acked.filter((t) => t.at < backupStartedAt);
    const [file] = readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'));
    expect(file).toBeDefined();
    const backupFile = join(dataDir, 'backups', file ?? '');

    // Restore refuses to run under the live server.
    const refused = await cli(['restore', backupFile]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Server masih berjalan/);

    await server.kill('SIGTERM');
    server = null;
    const damaged = join(dataDir, 'rusak.sqlite');
    const bytes = readFileSync(backupFile);
    bytes.fill(0, 4096, Math.min(bytes.length, 4096 * 4));
    writeFileSync(damaged, bytes);
    const refusedDamaged = await cli(['restore', damaged]);
    expect(refusedDamaged.code).toBe(1);
    expect(refusedDamaged.out).toMatch(/ditolak/);

    const restored = await cli(['restore', backupFile]);
    expect(restored.code, restored.out).toBe(0);
    server = await startServerProcess(env);
    const stored = await storedTicketIds(server, before[0]?.serviceDay ?? '');
    const missing = before.filter((t) => !stored.has(t.id));
    expect(missing).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(before.length);
    // The server works on the restored data: the next number follows the highest restored one.
    const next = await fetch(`${server.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: 'jht' }) });
    const { ticket } = (await next.json()) as { ticket: { number: string } };
    expect(Number(ticket.number.split('-')[1])).toBe(stored.size + 1);
  }, 120_000);
});
