/**
 * Clock jumps on the real server process (issue 11), under libfaketime (Debian's `faketime`
 * package; .ci/run installs it). The wall clock of the server process is moved by rewriting a
 * faketime timestamp file it rereads on every call (FAKETIME_NO_CACHE=1); the monotonic clock is
 * left alone (FAKETIME_DONT_FAKE_MONOTONIC=1), as a real `date -s` or NTP step leaves it. A day
 * back, corrected, a day forward, and a restart a day back: no number is issued twice and no
 * waiting or served ticket expires.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-faketime-'));
const stamp = join(dataDir, 'faketime.rc');
const env = {
  DATA_DIR: dataDir,
  QUEUE_BOOTSTRAP_ADMIN: 'admin:sandi-uji-jam-1',
  // Whatever the hour the test runs at, the kiosk issues.
  KIOSK_ISSUE_OUTSIDE_HOURS: '1',
  LD_PRELOAD: LIBFAKETIME,
  FAKETIME_TIMESTAMP_FILE: stamp,
  FAKETIME_NO_CACHE: '1',
  FAKETIME_DONT_FAKE_MONOTONIC: '1',
};
let server: ServerProcess | null = null;
afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Sets the server's wall clock relative to the real one: '+0', '-1d', '+1d'. */
const setWallClock = (offset: string) => writeFileSync(stamp, `${offset}\n`);

interface Ticket {
  id: string;
  number: string;
  serviceDay: string;
  status: string;
}

async function call(path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  if (!server) throw new Error('no server');
  const res = await fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function issue(): Promise<Ticket> {
  const res = await call('/api/tickets', { method: 'POST', body: { serviceId: 'jht' } });
  expect(res.status, `${JSON.stringify(res.body)}\n${server?.output() ?? ''}`).toBe(201);
  return res.body.ticket as Ticket;
}

async function signIn(): Promise<string> {
  const res = await call('/api/auth/login', { method: 'POST', body: { username: 'admin', password: 'sandi-uji-jam-1' } });
  expect(res.status).toBe(200);
  return res.body.token as string;
}

async function ticketsOf(day: string, token: string): Promise<Map<string, string>> {
  const res = await call(`/api/tickets?date=${day}`, { token });
  return new Map((res.body.tickets as Ticket[]).map((t) => [t.number, t.status]));
}

const clockOf = async (token: string) => (await call('/api/admin/clock', { token })).body as { state: string; direction: string | null; serverTime: string; wallTime: string };

describe('the real server under libfaketime', () => {
  it('a day back, corrected, a day forward and a restart a day back: no number twice, nothing expired', async () => {
    expect(existsSync(LIBFAKETIME), `libfaketime missing: apt-get install -y faketime`).toBe(true);
    setWallClock('+0');
    server = await startServerProcess(env);
    let token = await signIn();
    const a1 = await issue();
    await issue();
    const day = a1.serviceDay;
    expect((await call('/api/counters/loket-1/call-next', { method: 'POST', token })).status).toBe(200);
    expect((await call(`/api/tickets/${a1.id}/start`, { method: 'POST', token })).status).toBe(200);

    // A day back: the process really sees it, the server does not follow it.
    setWallClock('-1d');
    const back = await clockOf(token);
    expect(back).toMatchObject({ state: 'jumped', direction: 'backward' });
    expect(Date.parse(back.serverTime) - Date.parse(back.wallTime)).toBeGreaterThan(23 * 3_600_000);
    expect(await issue()).toMatchObject({ number: 'A-003', serviceDay: day });

    // Corrected: back in line; the ticket in service is still in service.
    setWallClock('+0');
    expect((await clockOf(token)).state).toBe('ok');
    expect(await issue()).toMatchObject({ number: 'A-004', serviceDay: day });

    // A day forward: nothing closes while visitors wait.
    setWallClock('+1d');
    expect(await clockOf(token)).toMatchObject({ state: 'jumped', direction: 'forward' });
    expect(await issue()).toMatchObject({ number: 'A-005', serviceDay: day });
    expect([...(await ticketsOf(day, token))]).toEqual([
      ['A-001', 'serving'],
      ['A-002', 'waiting'],
      ['A-003', 'waiting'],
      ['A-004', 'waiting'],
      ['A-005', 'waiting'],
    ]);
    expect(server.output()).toMatch(/"clock":"jump".*mundur/);
    expect(server.output()).toMatch(/"clock":"jump".*maju/);

    // Restarted with the clock a day back: held at the database's latest moment.
    await server.kill('SIGTERM');
    setWallClock('-1d');
    server = await startServerProcess(env);
    token = await signIn();
    expect(await clockOf(token)).toMatchObject({ state: 'jumped', direction: 'backward' });
    expect(await issue()).toMatchObject({ number: 'A-006', serviceDay: day });
    const after = await ticketsOf(day, token);
    expect([...after.values()]).toEqual(['serving', 'waiting', 'waiting', 'waiting', 'waiting', 'waiting']);
    expect(server.output()).toMatch(/saat server dinyalakan/);
    setWallClock('+0');
    expect((await clockOf(token)).state).toBe('ok');
  }, 90_000);
});
