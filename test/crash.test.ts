/**
 * Power-cut test: a real server process takes tickets from concurrent clients and is killed with
 * SIGKILL mid-stream. After a restart on the same data, every ticket that got a 201 is there with
 * its number, and new numbers continue after the highest one stored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const SERVICES = ['jht', 'jkk-jkm-jp', 'kepesertaan', 'informasi'];
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-crash-'));
const env = { DATA_DIR: dataDir, QUEUE_BOOTSTRAP_ADMIN: 'admin:sandi-uji-crash' };
let running: ServerProcess | null = null;
afterAll(async () => {
  await running?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Acked {
  id: string;
  number: string;
  serviceId: string;
  serviceDay: string;
}

/** Clients issue tickets as fast as they can until the server dies under them. */
async function issueUntilKilled(server: ServerProcess, clients: number, killAfterAcks: number): Promise<Acked[]> {
  const acked: Acked[] = [];
  let killed = false;
  const client = async (c: number) => {
    for (let i = 0; !killed; i++) {
      try {
        const res = await fetch(`${server.url}/api/tickets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ serviceId: SERVICES[(c + i) % SERVICES.length], fastTrack: i % 5 === 0 ? 'elderly' : null }),
        });
        if (res.status === 201) {
          const { ticket } = (await res.json()) as { ticket: Acked };
          acked.push(ticket);
          if (acked.length >= killAfterAcks && !killed) {
            killed = true;
            server.child.kill('SIGKILL');
          }
        }
      } catch {
        return; // connection refused or reset: the server is gone
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  await server.kill('SIGKILL');
  return acked;
}

async function ticketsOnDisk(server: ServerProcess, day: string): Promise<Map<string, Acked>> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'sandi-uji-crash' }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${server.url}/api/tickets?date=${day}`, { headers: { authorization: `Bearer ${token}` } });
  const { tickets } = (await res.json()) as { tickets: Acked[] };
  return new Map(tickets.map((t) => [t.id, t]));
}

const seqOf = (number: string) => Number(number.split('-')[1]);

describe('crash safety', () => {
  it('keeps every acknowledged ticket and never reuses a number across SIGKILL restarts', async () => {
    const allAcked: Acked[] = [];
    for (let cycle = 0; cycle < 2; cycle++) {
      running = await startServerProcess(env);
      allAcked.push(...(await issueUntilKilled(running, 24, 100)));
      running = null;
    }
    expect(allAcked.length).toBeGreaterThanOrEqual(200);

    running = await startServerProcess(env);
    const day = allAcked[0]!.serviceDay;
    const stored = await ticketsOnDisk(running, day);
    for (const t of allAcked) {
      expect(stored.get(t.id), `ticket ${t.number} acknowledged before the kill`).toMatchObject({ number: t.number, serviceId: t.serviceId });
    }
    const numbers = [...stored.values()].map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);

    for (const serviceId of SERVICES) {
      const highest = Math.max(0, ...[...stored.values()].filter((t) => t.serviceId === serviceId).map((t) => seqOf(t.number)));
      const res = await fetch(`${running.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId }) });
      const { ticket } = (await res.json()) as { ticket: Acked };
      expect(seqOf(ticket.number)).toBe(highest + 1);
    }
  }, 120_000);
});
