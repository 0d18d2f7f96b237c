/**
 * Start-up on a damaged database (issue 11): the real server process refuses with one clear
 * Indonesian message naming the file and the restore command for the newest good backup (no
 * stack trace), and after that restore it starts with what the backup held.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServerProcess, type ServerProcess } from './support/server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-corrupt-'));
const env = { DATA_DIR: dataDir, QUEUE_BOOTSTRAP_ADMIN: 'admin:sandi-uji-rusak', KIOSK_ISSUE_OUTSIDE_HOURS: '1' };
let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const refusal = async (): Promise<string> => {
  try {
    server = await startServerProcess(env);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the server started on a damaged database');
};

describe('a damaged database at start-up', () => {
  it('is refused with what to do, and the named backup brings the branch back', async () => {
    server = await startServerProcess(env);
    const issued = await fetch(`${server.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"serviceId":"jht"}' });
    expect(issued.status).toBe(201);
    const { ticket } = (await issued.json()) as { ticket: { id: string; number: string } };
    await server.kill('SIGTERM');
    server = null;
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    execFileSync(process.execPath, ['--import', 'tsx', 'queue-server/backup/cli.ts', 'backup'], { cwd: REPO_ROOT, env: { ...process.env, ...env } });

    // The file's header overwritten (a disk fault, a half-copied file).
    const fd = openSync(join(dataDir, 'queue.sqlite'), 'r+');
    writeSync(fd, Buffer.alloc(100, 0xab), 0, 100, 0);
    closeSync(fd);
    const message = await refusal();
    expect(message).toMatch(/exited with 1/);
    expect(message).toContain(`Basis data antrean rusak dan tidak dapat dibaca: ${join(dataDir, 'queue.sqlite')}`);
    expect(message).toMatch(/npm run restore -- .*backups\/queue-\d{8}T\d{6}Z\.sqlite/);
    expect(message).not.toMatch(/\n\s+at /);

    const backup = /npm run restore -- (\S+)/.exec(message)?.[1] ?? '';
    execFileSync(process.execPath, ['--import', 'tsx', 'queue-server/backup/cli.ts', 'restore', backup], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    server = await startServerProcess(env);
    const status = await fetch(`${server.url}/api/tickets/${ticket.id}/status`);
    expect(status.status).toBe(200);
    expect(((await status.json()) as { ticket: { number: string } }).ticket.number).toBe(ticket.number);
  }, 90_000);

  it('without a backup, says so and what else can be done', async () => {
    await server?.kill('SIGTERM');
    server = null;
    rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
    const fd = openSync(join(dataDir, 'queue.sqlite'), 'r+');
    writeSync(fd, Buffer.alloc(100, 0xcd), 0, 100, 0);
    closeSync(fd);
    const message = await refusal();
    expect(message).toMatch(/Tidak ada cadangan di .*backups/);
    expect(message).toMatch(/jangan dihapus/);
  }, 60_000);
});
