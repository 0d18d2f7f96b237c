import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBranchFile } from '../config.ts';
import { runHousekeeping } from '../housekeeping.ts';
import { defaultBranchConfig, makeTestServices, officer } from '../testing/fixtures.ts';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

const pensiun = { id: 'pensiun', prefix: 'E', name: 'Layanan Pensiun', description: 'Klaim dan informasi Jaminan Pensiun.', nameEn: 'Pension service', defaultServiceMinutes: 12 };
const servicesNow = () => defaultBranchConfig().services;
const countersNow = () => defaultBranchConfig().counters;

describe('services and counters change while the server runs', () => {
  it('a new service and a new counter serve at once: the kiosk list, a number, a call', async () => {
    server = await startTestServer();
    const token = await server.login();
    const added = await server.api('PUT', '/api/admin/settings/services', { token, body: { services: [...servicesNow(), pensiun], reasonServices: { eclaim: ['jht'] } } });
    expect(added.status).toBe(200);
    expect(added.body.applied).toBe('now');
    expect(added.body.message).toBe('Layanan tersimpan dan berlaku sekarang.');
    const counter = await server.api('PUT', '/api/admin/settings/counters', { token, body: { counters: [...countersNow(), { id: 'loket-7', name: 'Loket 7', spokenNumber: 7, serviceIds: ['pensiun'] }] } });
    expect(counter.body.applied).toBe('now');

    const kioskList = (await server.api('GET', '/api/services')).body.services.map((s: { id: string }) => s.id);
    expect(kioskList).toContain('pensiun');
    const ticket = (await server.api('POST', '/api/tickets', { body: { serviceId: 'pensiun' } })).body.ticket;
    expect(ticket.number).toBe('E-001');
    await server.api('POST', '/api/counters/loket-7/open', { token, body: {} });
    expect((await server.api('POST', '/api/counters/loket-7/call-next', { token })).body.ticket.id).toBe(ticket.id);

    const audit = (await server.api('GET', '/api/audit?category=settings', { token })).body.entries;
    expect(audit.map((e: { action: string; detail: unknown }) => [e.action, e.detail])).toEqual([
      ['settings.counters', { section: 'counters', applied: 'now', added: 'loket-7', removed: '' }],
      ['settings.services', { section: 'services', applied: 'now', added: 'pensiun(E)', removed: '', letters: '' }],
    ]);
  });

  it('a letter change for a service with numbers today waits for the next service day, then applies on the tick after midnight', async () => {
    server = await startTestServer(); // 09:00 WIB, Monday 23 November 2026
    const token = await server.login();
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).body.ticket.number).toBe('A-001');
    const changed = servicesNow().map((s) => (s.id === 'jht' ? { ...s, prefix: 'J' } : s));
    const answer = await server.api('PUT', '/api/admin/settings/services', { token, body: { services: changed } });
    expect(answer.status).toBe(200);
    expect(answer.body.applied).toBe('next_service_day');
    expect(answer.body.message).toBe(
      'Layanan tersimpan dan berlaku mulai hari layanan berikutnya (Selasa, 24 November 2026), agar nomor antrean hari ini tidak berubah. ' +
        'Huruf layanan Klaim JHT berubah dari A ke J, sedangkan hari ini sudah ada 1 nomor A.',
    );
    expect(answer.body.pending).toMatchObject({ effectiveDay: '2026-11-24', sections: ['services'] });
    // Today's queue goes on as it was.
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).body.ticket.number).toBe('A-002');
    // A change of another section meanwhile applies now and is kept in the pending one too.
    expect((await server.api('PUT', '/api/admin/settings/running-text', { token, body: { runningText: 'Selamat datang.' } })).body.applied).toBe('now');

    server.services.clock.advanceMinutes(16 * 60); // 01:00 WIB on the 24th
    runHousekeeping(server.services);
    const morning = await server.login(); // yesterday's session ended after 12 hours
    const next = (await server.api('GET', '/api/admin/settings', { token: morning })).body;
    expect(next.pending).toBeNull();
    expect(next.settings.services.find((s: { id: string }) => s.id === 'jht').prefix).toBe('J');
    expect(next.settings.branch.runningText).toBe('Selamat datang.');
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } })).body.ticket.number).toBe('J-001');
    const applied = (await server.api('GET', '/api/audit?action=settings.pending_applied', { token: morning })).body.entries;
    expect(applied).toHaveLength(1);
  });

  it('removing a service with waiting tickets waits; a pending change can be cancelled', async () => {
    server = await startTestServer();
    const token = await server.login();
    await server.api('POST', '/api/tickets', { body: { serviceId: 'informasi' } });
    const withoutInfo = servicesNow().filter((s) => s.id !== 'informasi');
    const counters = countersNow().map((c) => ({ ...c, serviceIds: c.serviceIds.filter((id) => id !== 'informasi') }));
    // The counters first: loket-6 no longer serves it (that alone drops nothing).
    expect((await server.api('PUT', '/api/admin/settings/counters', { token, body: { counters } })).body.applied).toBe('now');
    const removed = await server.api('PUT', '/api/admin/settings/services', { token, body: { services: withoutInfo } });
    expect(removed.body.applied).toBe('next_service_day');
    expect(removed.body.message).toContain('Layanan Informasi dan Pengaduan dihapus, sedangkan hari ini sudah ada 1 nomor D, 1 di antaranya belum selesai.');
    expect((await server.api('GET', '/api/services')).body.services.map((s: { id: string }) => s.id)).toContain('informasi');
    const cancelled = await server.api('DELETE', '/api/admin/settings/pending', { token });
    expect(cancelled.body.pending).toBeNull();
  });
});

describe('validation', () => {
  it('answers a clear Indonesian 400 naming the service or counter, and changes nothing', async () => {
    server = await startTestServer();
    const token = await server.login();
    const lower = await server.api('PUT', '/api/admin/settings/services', { token, body: { services: [...servicesNow(), { ...pensiun, prefix: 'e' }] } });
    expect(lower.status).toBe(400);
    expect(lower.body.error.message).toBe('Layanan tidak valid: services.4.prefix — huruf layanan: satu huruf kapital A-Z.');
    const twice = await server.api('PUT', '/api/admin/settings/services', { token, body: { services: [...servicesNow(), { ...pensiun, prefix: 'A' }] } });
    expect(twice.body.error).toMatchObject({ code: 'settings.invalid', message: 'Pengaturan tidak dapat disimpan: Layanan "Layanan Pensiun": huruf "A" dipakai dua layanan.' });
    // A service still served by a counter cannot go.
    const orphan = await server.api('PUT', '/api/admin/settings/services', { token, body: { services: servicesNow().filter((s) => s.id !== 'informasi') } });
    expect(orphan.body.error.message).toBe('Pengaturan tidak dapat disimpan: Loket 6: layanan "informasi" tidak ada.');
    const hours = await server.api('PUT', '/api/admin/settings/opening-hours', { token, body: { openingHours: { days: [1, 2, 3, 4, 5], opens: '16:00', closes: '08:00' } } });
    expect(hours.body.error.message).toBe('Jam layanan tidak valid: openingHours.closes — jam buka harus sebelum jam tutup.');
    expect((await server.api('GET', '/api/admin/settings', { token })).body.settings.services).toHaveLength(4);
  });

  it('the branch head changes hours and running text, not services; a CSO reads nothing', async () => {
    server = await startTestServer();
    const admin = await server.login();
    await server.api('POST', '/api/users', { token: admin, body: { username: 'kacab', password: 'sandi-kacab-12345', displayName: 'Kepala', role: 'supervisor' } });
    await server.api('POST', '/api/users', { token: admin, body: { username: 'cso.budi', password: 'sandi-budi-12345', displayName: 'Budi', role: 'cso' } });
    const head = await server.login('kacab', 'sandi-kacab-12345');
    const cso = await server.login('cso.budi', 'sandi-budi-12345');
    const hours = await server.api('PUT', '/api/admin/settings/opening-hours', { token: head, body: { openingHours: { days: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '14:00', issueOutsideHours: false } } });
    expect(hours.body.settings.openingHours).toEqual({ days: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '14:00', issueOutsideHours: false });
    expect((await server.api('PUT', '/api/admin/settings/services', { token: head, body: { services: servicesNow() } })).status).toBe(403);
    expect((await server.api('PUT', '/api/admin/settings/printers', { token: head, body: { printers: [{ id: 'kiosk', address: 'simulated', paperWidth: '58mm' }] } })).status).toBe(403);
    expect((await server.api('GET', '/api/admin/settings', { token: cso })).status).toBe(403);
  });
});

describe('the database holds the settings; the file seeds and exports them', () => {
  it('a restart keeps what was saved, whatever the branch file says; the export reads back as a branch file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'settings-'));
    try {
      const first = makeTestServices({ dataDir: dir });
      first.settings.change({ section: 'runningText', body: { runningText: 'Teks dari halaman administrasi.' } }, officer(1, 'admin'));
      first.db.close();
      const again = makeTestServices({ dataDir: dir });
      expect(again.config.branch.runningText).toBe('Teks dari halaman administrasi.');
      again.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    server = await startTestServer();
    const token = await server.login();
    await server.api('PUT', '/api/admin/settings/services', { token, body: { services: [...servicesNow(), pensiun] } });
    const res = await fetch(`${server.url}/api/admin/settings/export`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.headers.get('content-disposition')).toContain('cabang-KC-JKT-SLM.json');
    const file = parseBranchFile(await res.text(), 'ekspor');
    expect(file.branch.services.map((s) => s.prefix)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});
