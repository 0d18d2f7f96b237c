import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';
import { makeTestServices } from '../testing/fixtures.ts';
import { scrubDetail } from './audit-trail.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

describe('the audit trail is append-only', () => {
  it('SQLite itself refuses to change or delete a recorded row', () => {
    const s = makeTestServices();
    s.audit.record({ action: 'settings.running_text', actor: 'admin', subject: 'settings:running_text' });
    expect(() => s.db.prepare("UPDATE audit SET actor = 'orang lain'").run()).toThrow(/append-only/);
    expect(() => s.db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(s.db.prepare('SELECT actor FROM audit').all()).toEqual([{ actor: 'admin' }]);
    s.db.close();
  });

  it('a record written inside an action that fails is rolled back with it', () => {
    const s = makeTestServices();
    expect(() =>
      s.uow.write(() => {
        s.audit.record({ action: 'user.disabled', actor: 'admin', subject: 'user:cso1' });
        throw new Error('the action failed');
      }),
    ).toThrow('the action failed');
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM audit').get()).toEqual({ n: 0 });
    s.db.close();
  });
});

describe('personal data stays out', () => {
  it('drops personal keys, masks long digit runs and flattens nesting', () => {
    const scrubbed = scrubDetail({ reference: 'PGD-2026-0001', nik: '3273014101900009', name: 'Siti', phone: '0812', reason: 'NIK 3273014101900009 salah ketik, HP 0812-3456-7890', role: 'cso', nested: { ok: 1, password: 'x', deeper: { y: 1 } } });
    expect(scrubbed).toEqual({ reference: 'PGD-2026-0001', reason: 'NIK [angka disamarkan] salah ketik, HP [angka disamarkan]', role: 'cso', nested: { ok: 1 } });
  });

  it('a failed sign-in with an unknown name stores no name (it may be a password typed in the wrong field)', async () => {
    server = await startTestServer();
    expect((await server.api('POST', '/api/auth/login', { body: { username: 'RahasiaSaya!2026', password: 'apa-saja-12345' } })).status).toBe(401);
    expect((await server.api('POST', '/api/auth/login', { body: { username: 'admin', password: 'salah-sandi-123' } })).status).toBe(401);
    const token = await server.login();
    const { body } = await server.api('GET', '/api/audit?category=auth', { token });
    expect(body.entries.map((e: { action: string; actor: string; detail: unknown }) => [e.action, e.actor, e.detail])).toEqual([
      ['auth.login', 'admin', { role: 'admin' }],
      ['auth.login_failed', 'admin', { reason: 'wrong_password' }],
      ['auth.login_failed', '(tidak dikenal)', { reason: 'unknown_user' }],
    ]);
    expect(JSON.stringify(server.services.db.prepare('SELECT * FROM audit').all())).not.toContain('RahasiaSaya');
  });
});

describe('the viewer', () => {
  it('shows who made an account, transfers and reprint-free queue actions, filtered by category, actor and ticket, newest first', async () => {
    server = await startTestServer();
    const token = await server.login();
    expect((await server.api('POST', '/api/users', { token, body: { username: 'cso.budi', password: 'sandi-budi-12345', displayName: 'Budi', role: 'cso' } })).status).toBe(201);
    const ticket = (await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).body.ticket;
    expect((await server.api('POST', `/api/tickets/${ticket.id}/transfer`, { token, body: { serviceId: 'informasi' } })).status).toBe(200);
    await server.api('POST', `/api/tickets/${ticket.id}/cancel`, { token });

    const users = (await server.api('GET', '/api/audit?category=user', { token })).body;
    expect(users.entries).toEqual([
      expect.objectContaining({ action: 'user.created', label: 'Akun dibuat', actor: 'admin', subject: 'user:cso.budi', detail: { role: 'cso' } }),
      // The first administrator, made at start-up from QUEUE_BOOTSTRAP_ADMIN.
      expect.objectContaining({ action: 'user.created', actor: 'system', subject: 'user:admin', detail: { role: 'admin' } }),
    ]);
    expect(JSON.stringify(users)).not.toContain('sandi-budi');

    const ofTicket = (await server.api('GET', `/api/audit?ticketId=${ticket.id}`, { token })).body.entries.map((e: { action: string }) => e.action);
    expect(ofTicket).toEqual(['cancel', 'transfer', 'issue']);
    const byAdmin = (await server.api('GET', '/api/audit?actor=admin&category=queue', { token })).body.entries.map((e: { action: string }) => e.action);
    expect(byAdmin).toEqual(['cancel', 'transfer']);

    const paged = (await server.api('GET', '/api/audit?limit=2', { token })).body;
    expect(paged.more).toBe(true);
    const next = (await server.api('GET', `/api/audit?limit=2&before=${paged.entries[1].id}`, { token })).body;
    expect(next.entries[0].id).toBeLessThan(paged.entries[1].id);
  });

  it('filters by service day in the branch time zone and exports the same filter as CSV', async () => {
    server = await startTestServer({ start: '2026-11-23T16:30:00Z' }); // 23:30 WIB on the 23rd
    const token = await server.login();
    server.services.clock.advanceMinutes(60); // 00:30 WIB on the 24th
    await server.api('POST', '/api/users', { token, body: { username: 'cso.sari', password: 'sandi-sari-12345', displayName: 'Sari', role: 'cso' } });
    const on23 = (await server.api('GET', '/api/audit?from=2026-11-23&to=2026-11-23', { token })).body.entries.map((e: { action: string }) => e.action);
    expect(on23).toEqual(['auth.login', 'user.created']);
    const on24 = (await server.api('GET', '/api/audit?from=2026-11-24', { token })).body.entries.map((e: { action: string }) => e.action);
    expect(on24).toEqual(['user.created']);

    const res = await fetch(`${server.url}/api/audit/export.csv?from=2026-11-24`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,waktu,petugas,tindakan,keterangan,kategori,tiket,loket,subjek,rincian');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^\d+,2026-11-23T17:30:00.000Z,admin,user.created,Akun dibuat,user,,,user:cso.sari,"{""role"":""cso""}"$/);
  });

  it('is for the branch head and administrators only; a bad filter is a clear 400', async () => {
    server = await startTestServer();
    const admin = await server.login();
    await server.api('POST', '/api/users', { token: admin, body: { username: 'cso.budi', password: 'sandi-budi-12345', displayName: 'Budi', role: 'cso' } });
    await server.api('POST', '/api/users', { token: admin, body: { username: 'kacab', password: 'sandi-kacab-12345', displayName: 'Kepala', role: 'supervisor' } });
    const cso = await server.login('cso.budi', 'sandi-budi-12345');
    const head = await server.login('kacab', 'sandi-kacab-12345');
    expect((await server.api('GET', '/api/audit', { token: cso })).status).toBe(403);
    expect((await server.api('GET', '/api/audit')).status).toBe(401);
    expect((await server.api('GET', '/api/audit', { token: head })).status).toBe(200);
    const bad = await server.api('GET', '/api/audit?from=2026-02-30', { token: head });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Tanggal 2026-02-30 tidak ada di kalender.');
    expect((await server.api('GET', '/api/audit?category=rahasia', { token: head })).body.error.message).toContain('kategori harus salah satu dari');
  });
});
