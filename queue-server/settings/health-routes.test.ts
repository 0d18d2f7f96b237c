import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupName } from '../backup/backup-files.ts';
import { StorageHealth } from '../http/storage-health.ts';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
let dir: string;
afterEach(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.parse('2026-11-23T02:00:00Z');

async function serverWith(freeBytes: number) {
  dir = mkdtempSync(join(tmpdir(), 'health-'));
  server = await startTestServer({ app: { metrics: { backupDir: dir }, health: new StorageHealth({ dataDir: dir, freeBytesOf: () => freeBytes }) } });
  return server.login();
}

describe('the last good backup and the disk, for the supervisor', () => {
  it('warns when there is no backup and when the disk is nearly full', async () => {
    const token = await serverWith(300 * 1024 ** 2);
    const { body } = await server.api('GET', '/api/admin/health', { token });
    expect(body).toEqual({
      backup: { lastAt: null, lastFile: null, count: 0 },
      disk: { freeBytes: 300 * 1024 ** 2 },
      warnings: ['Belum ada cadangan basis data. Jalankan "npm run backup" atau periksa folder cadangan.', 'Disk hampir penuh: tersisa 300 MB. Hapus berkas yang tidak perlu atau tambah ruang disk.'],
    });
  });

  it('names the newest backup; warns once it is more than a day old', async () => {
    const token = await serverWith(50 * 1024 ** 3);
    writeFileSync(join(dir, backupName(NOW - 3 * 86_400_000)), '');
    writeFileSync(join(dir, backupName(NOW - 2 * 3_600_000)), '');
    const fresh = (await server.api('GET', '/api/admin/health', { token })).body;
    expect(fresh.backup).toEqual({ lastAt: '2026-11-23T00:00:00.000Z', lastFile: backupName(NOW - 2 * 3_600_000), count: 2 });
    expect(fresh.warnings).toEqual([]);
    server.services.clock.advanceMinutes(23 * 60);
    const stale = (await server.api('GET', '/api/admin/health', { token: await server.login() })).body;
    expect(stale.warnings).toEqual(['Cadangan terakhir berumur 1 hari (lebih dari sehari). Periksa cadangan harian server.']);
  });
});
