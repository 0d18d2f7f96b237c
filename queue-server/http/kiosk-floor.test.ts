/** Server rules of issue 15 (kiosk floor): fast track per service, kiosk info, POST /api/users messages. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_BRANCH_CONFIG, parseBranchConfig } from '../config.ts';
import { kioskInfoRoutes } from './routes/kiosk-info.ts';
import { startTestServer } from '../testing/http.ts';
import { makeTestServices } from '../testing/fixtures.ts';
import { branchHours } from '../branch-hours.ts';
import { buildCalendar } from '../../shared/calendar/working-days.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

type Services = ReturnType<typeof makeTestServices>;
const infoRoutes = (services: Services, options: { issueOutsideHours?: boolean } = {}) =>
  kioskInfoRoutes({
    services, qrBaseUrl: 'http://192.168.10.2:3000', ticketStatusPath: '/tiket/{id}', branchFilePath: DEFAULT_BRANCH_CONFIG,
    hours: branchHours({ config: services.config, calendar: () => services.complaints.calendar(), issueOutsideHours: options.issueOutsideHours }),
  });

describe('fast track per service', () => {
  it('the branch file names the services of each reason; an unknown one stops start-up naming the field', () => {
    const file = JSON.parse(readFileSync(DEFAULT_BRANCH_CONFIG, 'utf8'));
    const bad = JSON.stringify({ ...file, fastTrack: { ...file.fastTrack, reasonServices: { eclaim: ['jht', 'klaim-x'] } } });
    expect(() => parseBranchConfig(bad, 'cabang.json')).toThrow(/fastTrack\.reasonServices\.eclaim\[1\]: layanan "klaim-x" tidak ada/);
  });

  it('refuses a reason the branch did not configure for the service, in Indonesian, and issues nothing', async () => {
    server = await startTestServer();
    const refused = await server.api('POST', '/api/tickets', { body: { serviceId: 'informasi', fastTrack: 'eclaim' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('ticket.fast_track_not_offered');
    expect(refused.body.error.message).toBe('Jalur prioritas e-klaim tidak berlaku untuk layanan Informasi dan Pengaduan. Pilih antrean biasa, atau tanyakan kepada petugas.');
    expect(refused.body.error.details).toMatchObject({ offered: ['pregnant', 'disability', 'elderly'] });
    const token = await server.login();
    expect((await server.api('GET', '/api/tickets', { token })).body.tickets).toHaveLength(0);
  });

  it('accepts the reasons that apply: e-klaim for JHT, the personal reasons everywhere', async () => {
    server = await startTestServer();
    expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'eclaim' } })).status).toBe(201);
    for (const reason of ['pregnant', 'disability', 'elderly']) {
      expect((await server.api('POST', '/api/tickets', { body: { serviceId: 'informasi', fastTrack: reason } })).status).toBe(201);
    }
  });
});

describe('GET /api/kiosk/info', () => {
  it('names the branch, the QR address, the reasons per service and, on a Monday at 09.00 WIB, open', async () => {
    const services = makeTestServices({ start: '2026-11-23T02:00:00Z' });
    server = await startTestServer({ start: '2026-11-23T02:00:00Z', app: { extraRoutes: [infoRoutes(services)] } });
    const { body } = await server.api('GET', '/api/kiosk/info');
    expect(body).toMatchObject({
      branch: { name: 'BPJS Ketenagakerjaan Kantor Cabang Jakarta Salemba' },
      logoUrl: null,
      ticketStatusUrl: 'http://192.168.10.2:3000/tiket/{id}',
      opening: { open: true, issuing: true, hours: { id: 'Senin-Jumat, 08.00-15.30' }, next: null },
    });
    const reasons = Object.fromEntries(body.services.map((s: { id: string; fastTrackReasons: string[] }) => [s.id, s.fastTrackReasons]));
    expect(reasons.jht).toEqual(['pregnant', 'disability', 'elderly', 'eclaim']);
    expect(reasons.informasi).toEqual(['pregnant', 'disability', 'elderly']);
  });

  it('is closed on the national calendar holidays (shared/calendar) and opens for staff with the switch', async () => {
    // Thursday 25 December 2025, 09.00 WIB: Hari Raya Natal; Friday 26 December is cuti bersama.
    const christmas = '2025-12-25T02:00:00Z';
    expect(buildCalendar().closed.has('2025-12-25')).toBe(true);
    const services = makeTestServices({ start: christmas });
    server = await startTestServer({ start: christmas, app: { extraRoutes: [infoRoutes(services)] } });
    expect((await server.api('GET', '/api/kiosk/info')).body.opening).toMatchObject({ open: false, issuing: false, next: { id: 'hari Senin pukul 08.00' } });
    await server.close();
    server = await startTestServer({ start: christmas, app: { extraRoutes: [infoRoutes(services, { issueOutsideHours: true })] } });
    expect((await server.api('GET', '/api/kiosk/info')).body.opening).toMatchObject({ open: false, issuing: true });
  });

  it('the ticket status answer carries the open counters the wording needs', async () => {
    server = await startTestServer();
    const issued = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    expect(issued.body.ticket.openCounters).toBe(0);
    const status = await server.api('GET', `/api/tickets/${issued.body.ticket.id}/status`);
    expect(status.body.openCounters).toBe(0);
  });
});

describe('POST /api/users', () => {
  it('answers every mistake in Indonesian, naming the field', async () => {
    server = await startTestServer();
    const token = await server.login();
    const cases: Array<[unknown, RegExp]> = [
      [{}, /nama pengguna wajib diisi/],
      [{ username: 'ani', password: 'pendek', displayName: 'Ani', role: 'cso' }, /kata sandi minimal 10 karakter/],
      [{ username: 'ani', password: 'sandi-panjang-1', displayName: '', role: 'cso' }, /nama tampilan wajib diisi/],
      [{ username: 'ani', password: 'sandi-panjang-1', displayName: 'Ani', role: 'boss' }, /peran harus salah satu dari: admin, supervisor, cso/],
      [{ username: 'Ani!', password: 'sandi-panjang-1', displayName: 'Ani', role: 'cso' }, /nama pengguna 3-32 huruf kecil/],
    ];
    for (const [body, message] of cases) {
      const answer = await server.api('POST', '/api/users', { body, token });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.message).toMatch(message);
      expect(answer.body.error.message).not.toMatch(/Invalid|expected/);
    }
    expect((await server.api('POST', '/api/users', { body: { username: 'ani', password: 'sandi-panjang-1', displayName: 'Ani', role: 'cso' }, token })).status).toBe(201);
  });
});
