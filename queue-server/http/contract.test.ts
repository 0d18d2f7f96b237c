/**
 * Walks the whole contract (shared/contracts/registry.ts) against the real server with its
 * printing side: every declared route is called at least once and its answer parsed with the
 * schema declared for the status it got. A route added to the registry without being exercised
 * here, or a handler answering outside its contract, fails this file.
 */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadFaqDataset } from '../faq/faq-dataset.ts';
import { createApp } from './app.ts';
import { makeTestServices } from '../testing/fixtures.ts';
import { ALL_ROUTES, routeKey } from '../../shared/contracts/registry.ts';
import { checkAnswer, contractFetch, ContractViolation } from '../testing/contract-check.ts';
import { TestClock } from '../testing/fixtures.ts';
import { ClockGuard } from '../clock/clock-guard.ts';
import { printingServerPerTest } from '../testing/printing-server.ts';

const server = printingServerPerTest();

describe('the contract, route by route', () => {
  it('every declared route answers as declared', async () => {
    const clock = new TestClock(Date.now());
    // The wall clock is the test's clock moved by `wallShift`; the monotonic clock is the test's clock alone.
    let wallShift = 0;
    const clockGuard = new ClockGuard({ wall: () => clock.now() + wallShift, monotonic: clock.now, latestRecorded: null });
    const { base, staff } = await server.start({ scenario: 'ready', now: clock.now, logo: true, clockGuard });
    const exercised = new Map<string, Set<number>>();
    const json = { 'content-type': 'application/json' };
    async function call(method: string, path: string, init: { body?: unknown; staff?: boolean; headers?: Record<string, string> } = {}) {
      const headers = { ...(init.body === undefined ? {} : json), ...(init.staff ? staff : {}), ...init.headers };
      const answer = await contractFetch(base + path, { method, headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
      if (!answer.route) throw new Error(`${method} ${path}: not a route`);
      const key = routeKey(answer.route);
      exercised.set(key, new Set([...(exercised.get(key) ?? []), answer.status]));
      return answer as { status: number; body: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked against the contract above
    }
    const ok = async (status: number, ...args: Parameters<typeof call>) => {
      const answer = await call(...args);
      expect({ route: `${args[0]} ${args[1]}`, status: answer.status }).toEqual({ route: `${args[0]} ${args[1]}`, status });
      return answer.body;
    };

    await ok(200, 'GET', '/healthz');
    await ok(200, 'GET', '/readyz');
    await ok(200, 'GET', '/metrics');
    await ok(200, 'GET', '/api/openapi.json');
    await ok(200, 'GET', '/api/services');
    await ok(200, 'GET', '/api/queue');
    await ok(200, 'GET', '/api/kiosk/info');
    await ok(200, 'GET', '/api/kiosk/logo');
    await ok(200, 'GET', '/api/counters');
    await ok(200, 'GET', '/api/auth/setup');
    // The first administrator exists already (the fixture made it): setup is refused, as declared.
    await ok(409, 'POST', '/api/auth/setup', { body: { code: 'ABCDEF', username: 'admin2', password: 'sandi-panjang-sekali' } });
    const session = await ok(200, 'POST', '/api/auth/login', { body: { username: 'admin', password: 'sandi-rahasia-123' } });
    expect(session.user.role).toBe('admin');
    await ok(200, 'GET', '/api/auth/me', { staff: true });
    const budi = (await ok(201, 'POST', '/api/users', { staff: true, body: { username: 'cso.budi', password: 'sandi-budi-12345', displayName: 'Budi', role: 'cso' } })).user;
    await ok(200, 'POST', `/api/users/${budi.id}/unlock`, { staff: true });
    await ok(200, 'GET', '/api/users', { staff: true });
    await ok(200, 'POST', `/api/users/${budi.id}/disable`, { staff: true });
    await ok(200, 'POST', `/api/users/${budi.id}/enable`, { staff: true });
    await ok(200, 'POST', `/api/users/${budi.id}/password`, { staff: true, body: { password: 'sandi-baru-budi-1' } });
    await ok(200, 'POST', `/api/users/${budi.id}/role`, { staff: true, body: { role: 'supervisor' } });
    await ok(200, 'POST', `/api/users/${budi.id}/role`, { staff: true, body: { role: 'cso' } });
    // The staff pages' cookie sign-in, and the session (with its CSRF token) a reloaded page asks for.
    await ok(200, 'POST', '/api/auth/session', { body: { username: 'cso.budi', password: 'sandi-baru-budi-1' } });
    await ok(200, 'GET', '/api/auth/session', { staff: true });

    const first = (await ok(201, 'POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'elderly' }, headers: { 'idempotency-key': 'contract-walk-0001' } })).ticket;
    const second = (await ok(201, 'POST', '/api/tickets', { body: { serviceId: 'jht' } })).ticket;
    const third = (await ok(201, 'POST', '/api/tickets', { body: { serviceId: 'jht' } })).ticket;
    await ok(200, 'GET', '/api/tickets', { staff: true });
    await ok(200, 'GET', `/api/tickets/${first.id}`, { staff: true });
    await ok(200, 'GET', `/api/tickets/${second.id}/status`);
    await ok(200, 'GET', `/tiket/${second.id}`);
    await ok(404, 'GET', '/tiket/tidak-ada');

    await ok(200, 'POST', '/api/counters/loket-1/open', { staff: true, body: {} });
    await ok(200, 'POST', '/api/counters/loket-1/pause', { staff: true, body: { reason: 'Sholat' } });
    await ok(200, 'POST', '/api/counters/loket-1/resume', { staff: true, body: {} });
    expect((await ok(200, 'POST', '/api/counters/loket-1/call-next', { staff: true })).ticket.id).toBe(first.id);
    clock.advanceSeconds(21);
    await ok(200, 'POST', `/api/tickets/${first.id}/recall`, { staff: true });
    await ok(200, 'POST', `/api/tickets/${first.id}/start`, { staff: true });
    const finished = await ok(200, 'POST', `/api/tickets/${first.id}/finish`, { staff: true });
    // The survey of the visit just finished: the counter tablet, the kiosk, the phone, the answer.
    await ok(200, 'GET', '/api/surveys/counters/loket-1/pending');
    await ok(200, 'POST', '/api/surveys/claim', { body: { ticket: first.number } });
    await ok(200, 'GET', `/api/surveys/invitations/${finished.survey.token}`);
    await ok(201, 'POST', '/api/surveys', { body: { token: finished.survey.token, overall: 4, answers: { u1: 4, u3: 3 } }, headers: { 'idempotency-key': 'contract-walk-survey-1' } });
    await ok(409, 'POST', '/api/surveys', { body: { token: finished.survey.token, overall: 2 } });
    const today = new Date(clock.now()).toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
    await ok(200, 'GET', `/api/surveys/ikm?from=${today}&to=${today}`, { staff: true });
    await ok(200, 'GET', `/api/surveys/report?from=${today}&to=${today}`, { staff: true });
    await ok(200, 'GET', `/api/surveys/export/responses.csv?from=${today}&to=${today}`, { staff: true });
    await ok(200, 'GET', `/api/surveys/export/summary.csv?from=${today}&to=${today}`, { staff: true });
    const report = await ok(200, 'GET', `/api/reports/summary?from=${today}&to=${today}&serviceId=jht`, { staff: true });
    expect(report.issued).toBeGreaterThan(0);
    await ok(400, 'GET', `/api/reports/summary?from=${today}&to=2020-01-01`, { staff: true });
    await ok(200, 'GET', `/api/reports/quality?from=${today}&to=${today}`, { staff: true });
    await ok(200, 'GET', `/api/reports/semester.pdf?year=${today.slice(0, 4)}&half=2`, { staff: true });
    await ok(200, 'GET', '/api/hq-sync/health', { staff: true });
    expect((await ok(200, 'POST', '/api/counters/loket-1/call-next', { staff: true })).ticket.id).toBe(second.id);
    await ok(200, 'POST', `/api/tickets/${second.id}/no-show`, { staff: true });
    await ok(200, 'POST', `/api/tickets/${second.id}/return`, { staff: true });
    await ok(200, 'POST', `/api/tickets/${second.id}/transfer`, { staff: true, body: { serviceId: 'informasi' } });
    // The console's out-of-order call (with its reason) and a transfer to a named counter.
    await ok(200, 'POST', '/api/counters/loket-1/call', { staff: true, body: { ticketId: third.id, reason: 'Pengunjung sudah di depan loket' } });
    await ok(200, 'POST', `/api/tickets/${third.id}/transfer`, { staff: true, body: { serviceId: 'jht', counterId: 'loket-2' } });
    await ok(200, 'POST', `/api/tickets/${third.id}/cancel`, { staff: true });
    await ok(204, 'POST', '/api/counters/loket-1/call-next', { staff: true });
    await ok(200, 'POST', '/api/counters/loket-1/close', { staff: true, body: {} });
    await ok(200, 'POST', '/api/counters/loket-1/open', { staff: true, body: {} });
    expect((await ok(200, 'POST', '/api/counters/loket-1/release', { staff: true })).returned).toBeNull();

    const help = (await ok(201, 'POST', '/api/help-requests', { body: { source: 'kios-1', note: 'Lansia butuh bantuan' } })).helpRequest;
    await ok(200, 'POST', '/api/help-requests', { body: { source: 'kios-1' } });
    await ok(200, 'GET', '/api/help-requests', { staff: true });
    await ok(200, 'GET', '/api/supervisor/overview', { staff: true });
    await ok(200, 'POST', `/api/help-requests/${help.id}/resolve`, { staff: true });
    await ok(409, 'POST', `/api/help-requests/${help.id}/resolve`, { staff: true });
    await ok(201, 'POST', '/api/help-requests', { body: { source: 'kios-2' } });
    expect((await ok(200, 'POST', '/api/help-requests/resolve-all', { staff: true })).resolved).toHaveLength(1);

    const faqId = loadFaqDataset()?.entries[0]?.id;
    await ok(201, 'POST', '/api/faq/feedback', { body: { faqId, helpful: true }, headers: { 'idempotency-key': 'contract-walk-faq-1' } });
    await ok(404, 'POST', '/api/faq/feedback', { body: { faqId: 'jht-tidakada', helpful: true } });
    await ok(200, 'GET', '/api/faq/feedback/summary', { staff: true });
    await ok(200, 'GET', '/api/faq/popular');
    await ok(201, 'POST', '/api/faq/usage', { body: { kind: 'read', faqId }, headers: { 'idempotency-key': 'contract-walk-faq-usage-1' } });
    await ok(201, 'POST', '/api/faq/usage', { body: { kind: 'no-answer', query: 'cara daftar 081234567890', verdict: 'none' } });
    await ok(404, 'POST', '/api/faq/usage', { body: { kind: 'read', faqId: 'jht-tidakada' } });
    await ok(400, 'POST', '/api/faq/usage', { body: { kind: 'no-answer', query: '3174012301900001', verdict: 'weak' } });
    await ok(200, 'GET', '/api/faq/content');

    // Complaints: filed at the kiosk, looked up by the participant, handled by the unit.
    await ok(200, 'GET', '/api/complaints/categories');
    const reporter = { name: 'Siti Aminah', nik: '3273014101900009', phone: '0812-3456-7890' };
    const filed = (await ok(201, 'POST', '/api/complaints', { body: { reporter, category: 'klaim-jht', description: 'Klaim JHT saya belum cair sejak tiga minggu lalu.', consent: true }, headers: { 'idempotency-key': 'contract-walk-pgd-1' } })).complaint;
    await ok(201, 'POST', '/api/suggestions', { body: { text: 'Mohon tambah kursi di ruang tunggu lantai dua.' } });
    await ok(200, 'GET', `/api/complaints/lookup?reference=${filed.reference}&code=${filed.checkCode}`);
    await ok(200, 'POST', '/api/complaints/receipt', { body: { reference: filed.reference, code: filed.checkCode } });
    await ok(200, 'GET', '/api/complaints', { staff: true });
    await ok(200, 'GET', '/api/complaints/export.csv', { staff: true });
    await ok(200, 'GET', `/api/complaints/${filed.reference}`, { staff: true });
    await ok(200, 'POST', `/api/complaints/${filed.reference}/assign`, { staff: true, body: { officer: 'admin' } });
    await ok(200, 'POST', `/api/complaints/${filed.reference}/notes`, { staff: true, body: { text: 'Dicek ke bagian klaim.' } });
    await ok(200, 'POST', `/api/complaints/${filed.reference}/actions`, { staff: true, body: { action: 'verify', note: 'Data lengkap' } });
    const again = (await ok(201, 'POST', '/api/complaints', { body: { reporter, category: 'klaim-jht', description: 'Saya datang lagi karena klaim JHT belum cair.', consent: true } })).complaint;
    await ok(200, 'POST', `/api/complaints/${again.reference}/link`, { staff: true, body: { reference: filed.reference } });
    await ok(200, 'GET', '/api/calendar', { staff: true });
    await ok(201, 'POST', '/api/calendar/closures', { staff: true, body: { date: '2027-06-01', name: 'Banjir', source: 'SE Kepala Cabang 12/2027' } });

    // The audit trail: everything above was recorded; the branch head reads it and exports it.
    await ok(200, 'GET', '/api/audit?category=queue', { staff: true });
    await ok(200, 'GET', '/api/audit/export.csv', { staff: true });

    // Settings: read, each section saved, a change kept for the next day and cancelled, the export.
    await ok(200, 'GET', '/api/admin/health', { staff: true });
    // The clock guard: in line here (no jump to confirm); clock-guard.test.ts confirms a real one.
    await ok(200, 'GET', '/api/admin/clock', { staff: true });
    await ok(409, 'POST', '/api/admin/clock/confirm', { staff: true });
    const settings = (await ok(200, 'GET', '/api/admin/settings', { staff: true })).settings;
    await ok(200, 'PUT', '/api/admin/settings/branch', { staff: true, body: { code: settings.branch.code, name: settings.branch.name, timeZone: settings.branch.timeZone } });
    await ok(200, 'PUT', '/api/admin/settings/running-text', { staff: true, body: { runningText: 'Selamat datang.' } });
    await ok(200, 'PUT', '/api/admin/settings/counters', { staff: true, body: { counters: settings.counters } });
    await ok(200, 'PUT', '/api/admin/settings/opening-hours', { staff: true, body: { openingHours: { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '15:30' } } });
    await ok(200, 'PUT', '/api/admin/settings/queue-rules', { staff: true, body: { fastTrack: { maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3 }, recall: settings.recall, targets: settings.targets } });
    const relettered = settings.services.map((s: { id: string }) => (s.id === 'jht' ? { ...s, prefix: 'J' } : s));
    expect((await ok(200, 'PUT', '/api/admin/settings/services', { staff: true, body: { services: relettered } })).applied).toBe('next_service_day');
    await ok(200, 'DELETE', '/api/admin/settings/pending', { staff: true });
    await ok(200, 'GET', '/api/admin/settings/export', { staff: true });

    // Device pairing: a device asks for a code, the administrator pairs, renames and revokes it.
    const asked = await ok(201, 'POST', '/api/devices/pairing-requests', { body: { kind: 'kiosk' } });
    const deviceHeader = { 'x-device-token': asked.token };
    const paired = (await ok(201, 'POST', '/api/admin/devices/pair', { staff: true, body: { code: asked.code, name: 'Kios lobi', kind: 'kiosk' } })).device;
    expect((await ok(200, 'GET', '/api/devices/me', { headers: deviceHeader })).device.name).toBe('Kios lobi');
    await ok(200, 'POST', `/api/admin/devices/${paired.id}/rename`, { staff: true, body: { name: 'Kios pintu masuk' } });
    expect((await ok(200, 'GET', '/api/admin/devices', { staff: true })).devices.map((d: { name: string }) => d.name)).toEqual(['Kios pintu masuk']);
    expect((await ok(200, 'POST', `/api/admin/devices/${paired.id}/revoke`, { staff: true })).device.state).toBe('revoked');

    await ok(200, 'GET', '/api/printers', { staff: true });
    await ok(200, 'POST', '/api/printers/kiosk/check', { staff: true });
    await ok(200, 'POST', '/api/admin/printers/kiosk/test-print', { staff: true });
    const kiosk = (await ok(200, 'GET', '/api/printers', { staff: true })).printers.find((p: { printerId: string }) => p.printerId === 'kiosk');
    await ok(200, 'PUT', '/api/admin/settings/printers', { staff: true, body: { printers: [{ id: 'kiosk', address: kiosk.setting, paperWidth: '58mm' }] } });
    const jobs = await ok(200, 'GET', '/api/print-jobs', { staff: true });
    const job = jobs.jobs[0];
    expect(job).toBeDefined();
    await ok(200, 'GET', `/api/print-jobs/${job.id}/preview.png`, { staff: true });
    await ok(201, 'POST', `/api/print-jobs/${job.id}/reprint`, { staff: true, body: { reason: 'kertas sobek' } });
    await ok(201, 'POST', `/api/tickets/${first.id}/reprint`, { staff: true, body: { reason: 'tiket hilang' } });
    const lists = await ok(200, 'GET', '/api/print/checklists');
    await ok(200, 'POST', '/api/print/checklist', { body: { listId: lists.checklists[0].id } });

    // The stream: its headers say SSE; the body never ends, so it is read up to the retry line.
    const controller = new AbortController();
    const stream = await fetch(`${base}/api/events?lastEventId=0`, { signal: controller.signal });
    const reader = stream.body?.getReader();
    const firstChunk = new TextDecoder().decode((await reader?.read())?.value);
    controller.abort();
    checkAnswer('GET', `${base}/api/events`, stream.status, stream.headers.get('content-type'), firstChunk);
    expect(firstChunk).toContain('retry:');
    exercised.set('GET /api/events', new Set([stream.status]));
    const staffController = new AbortController();
    const staffStream = await fetch(`${base}/api/staff/events?lastEventId=0`, { signal: staffController.signal, headers: staff });
    staffController.abort();
    checkAnswer('GET', `${base}/api/staff/events`, staffStream.status, staffStream.headers.get('content-type'), 'retry: 2000\n\n');
    exercised.set('GET /api/staff/events', new Set([staffStream.status]));

    // Someone sets the wall clock 6 minutes ahead (past the 5-minute threshold); the branch head confirms it.
    wallShift = 6 * 60_000;
    expect((await ok(200, 'GET', '/api/admin/clock', { staff: true })).state).toBe('jumped');
    await ok(200, 'POST', '/api/admin/clock/confirm', { staff: true });

    const budiSession = await ok(200, 'POST', '/api/auth/login', { body: { username: 'cso.budi', password: 'sandi-baru-budi-1' } });
    const budiNew = await ok(200, 'POST', '/api/auth/password', { headers: { authorization: `Bearer ${budiSession.token}` }, body: { currentPassword: 'sandi-baru-budi-1', newPassword: 'sandi-budi-lagi-2' } });
    await ok(204, 'POST', '/api/auth/logout-all', { headers: { authorization: `Bearer ${budiNew.token}` } });
    await ok(204, 'POST', '/api/auth/logout', { staff: true });

    // First run: a server with no account yet makes a setup code; the first administrator is made with it.
    const fresh = makeTestServices();
    const { setupCode } = await fresh.auth.prepare(undefined);
    const app = createApp(fresh, { log: () => undefined }).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => app.once('listening', () => resolve()));
    try {
      const setup = await contractFetch(`http://127.0.0.1:${(app.address() as AddressInfo).port}/api/auth/setup`, {
        method: 'POST', headers: json, body: JSON.stringify({ code: setupCode, username: 'kepala.cabang', password: 'sandi-kepala-123' }),
      });
      expect(setup.status).toBe(201);
      exercised.get('POST /api/auth/setup')?.add(setup.status);
    } finally {
      app.closeAllConnections();
      app.close();
      fresh.db.close();
    }

    const missing = ALL_ROUTES.map(routeKey).filter((key) => !exercised.has(key));
    expect(missing).toEqual([]);
    // Every success status a route declares was seen at least once, errors aside.
    const unseen = ALL_ROUTES.flatMap((r) => Object.keys(r.responses).map(Number).filter((s) => s < 300 && !exercised.get(routeKey(r))?.has(s)).map((s) => `${routeKey(r)} ${s}`));
    expect(unseen).toEqual([]);
  });
});

describe('the answer check itself', () => {
  const url = 'http://127.0.0.1:1/api/counters/loket-1/call-next';
  const ticket = { id: 't-1', number: 'A-001', serviceId: 'jht', originServiceId: 'jht', serviceDay: '2026-11-23', fastTrack: null, status: 'called', issuedAt: '2026-11-23T02:00:00.000Z', calledAt: null, startedAt: null, finishedAt: null, missedAt: null, counterId: 'loket-1', recallCount: 0, callRule: 'normal', closedReason: null };

  it('accepts a declared answer and refuses one with an undeclared field, status or code', () => {
    expect(checkAnswer('POST', url, 200, 'application/json', JSON.stringify({ ticket })).status).toBe(200);
    expect(() => checkAnswer('POST', url, 200, 'application/json', JSON.stringify({ ticket: { ...ticket, secret: 'x' } }))).toThrow(ContractViolation);
    expect(() => checkAnswer('POST', url, 200, 'application/json', JSON.stringify({ ticket: { ...ticket, status: 'lost' } }))).toThrow(ContractViolation);
    expect(() => checkAnswer('POST', url, 201, 'application/json', JSON.stringify({ ticket }))).toThrow(/not declared/);
    expect(() => checkAnswer('POST', url, 204, null, 'x')).toThrow(ContractViolation);
    const error = (code: string) => JSON.stringify({ error: { code, message: 'Pesan.' } });
    expect(checkAnswer('POST', url, 409, 'application/json', error('counter.busy')).status).toBe(409);
    expect(() => checkAnswer('POST', url, 409, 'application/json', error('help.already_resolved'))).toThrow(/not declared/);
    expect(() => checkAnswer('POST', url, 400, 'application/json', error('counter.busy'))).toThrow(/HTTP 409/);
    expect(() => checkAnswer('GET', 'http://127.0.0.1:1/api/nowhere', 200, 'application/json', '{}')).toThrow(/no route/);
  });
});
