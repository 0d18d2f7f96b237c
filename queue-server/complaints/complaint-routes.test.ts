import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const REPORTER = { name: 'Siti Aminah', nik: '3273014101900009', phone: '0812-3456-7890' };
const BODY = { reporter: REPORTER, category: 'klaim-jht', description: 'Klaim JHT saya belum cair sejak tiga minggu lalu.', consent: true };
// Tuesday 28 April 2026, 10:00 WIB: due Wednesday 6 May (1 May is Hari Buruh).
const START = '2026-04-28T03:00:00Z';
const DAY = 86_400_000;

async function withOfficer(s: TestServer): Promise<string> {
  const admin = await s.login();
  await s.api('POST', '/api/users', { token: admin, body: { username: 'rina', password: 'sandi-rina-uji-1', displayName: 'Rina', role: 'complaint_officer' } });
  return s.login('rina', 'sandi-rina-uji-1');
}

describe('filing a complaint', () => {
  it('answers 201 with the reference, a check code and the due date, and keeps personal data out of the public event stream', async () => {
    server = await startTestServer({ start: START });
    const res = await server.api('POST', '/api/complaints', { body: BODY, key: 'pgd-key-0001' });
    expect(res.status).toBe(201);
    expect(res.body.complaint).toMatchObject({ reference: 'PGD-20260428-001', receivedAt: '2026-04-28T03:00:00.000Z', dueDate: '2026-05-06', status: 'diterima', category: 'Klaim JHT' });
    expect(res.body.complaint.checkCode).toMatch(/^[A-Z2-9]{6}$/);
    const events = server.services.db.prepare('SELECT type, data FROM events').all() as { type: string; data: string }[];
    expect(events.filter((e) => e.type.startsWith('complaint') || e.data.includes('Siti') || e.data.includes('3273'))).toEqual([]);
  });

  it('a resend with the same Idempotency-Key (the kiosk outbox) gives the same answer and one complaint', async () => {
    server = await startTestServer({ start: START });
    const first = await server.api('POST', '/api/complaints', { body: BODY, key: 'pgd-key-0002' });
    const again = await server.api('POST', '/api/complaints', { body: BODY, key: 'pgd-key-0002' });
    expect(again.body).toEqual(first.body);
    expect(server.services.db.prepare('SELECT COUNT(*) AS n FROM complaints').get()).toEqual({ n: 1 });
  });

  it('a bad body is a 400 naming each field in Indonesian, and nothing is stored', async () => {
    server = await startTestServer({ start: START });
    const res = await server.api('POST', '/api/complaints', { body: { reporter: { name: 'X', nik: '123', phone: '021' }, category: 'klaim-jht', description: 'jelek', consent: false } });
    expect(res.status).toBe(400);
    const fields = (res.body.error.details.issues as { field: string }[]).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['reporter.name', 'reporter.nik', 'reporter.phone', 'description', 'consent']));
    expect(res.body.error.message).toContain('NIK harus 16 digit');
    expect(server.services.db.prepare('SELECT COUNT(*) AS n FROM complaints').get()).toEqual({ n: 0 });
  });

  it('an anonymous suggestion is counted apart', async () => {
    server = await startTestServer({ start: START });
    const res = await server.api('POST', '/api/suggestions', { body: { text: 'Mohon tambah kursi di ruang tunggu lantai dua.' }, key: 'saran-key-01' });
    expect(res.status).toBe(201);
    const officer = await withOfficer(server);
    const list = await server.api('GET', '/api/complaints', { token: officer });
    expect(list.body).toEqual({ complaints: [], suggestions: 1 });
  });
});

describe('looking a complaint up', () => {
  it('shows status and dates only; a wrong code answers exactly like an unknown reference; lookups are rate limited', async () => {
    server = await startTestServer({ start: START });
    const { reference, checkCode } = (await server.api('POST', '/api/complaints', { body: BODY })).body.complaint;
    const ok = await server.api('GET', `/api/complaints/lookup?reference=${reference}&code=${checkCode}`);
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.body)).not.toMatch(/Siti|3273|0812|belum cair/);
    expect(ok.body.complaint).toMatchObject({ reference, status: 'diterima', receivedOn: '2026-04-28', dueDate: '2026-05-06', clock: 'running' });
    const wrong = await server.api('GET', `/api/complaints/lookup?reference=${reference}&code=AAAAAA`);
    const unknown = await server.api('GET', `/api/complaints/lookup?reference=PGD-20260428-999&code=${checkCode}`);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual(unknown.body);
    for (let i = 0; i < 8; i++) await server.api('GET', `/api/complaints/lookup?reference=${reference}&code=AAAAAA`);
    expect((await server.api('GET', `/api/complaints/lookup?reference=${reference}&code=${checkCode}`)).status).toBe(429);
    server.services.clock.advanceMinutes(1);
    expect((await server.api('GET', `/api/complaints/lookup?reference=${reference}&code=${checkCode}`)).status).toBe(200);
  });
});

describe('the complaint unit', () => {
  it('only complaint officers, the branch head and administrators see complaints; lists mask NIK and phone; opening is recorded', async () => {
    server = await startTestServer({ start: START });
    const admin = await server.login();
    await server.api('POST', '/api/users', { token: admin, body: { username: 'budi', password: 'sandi-budi-uji-1', displayName: 'Budi', role: 'cso' } });
    const cso = await server.login('budi', 'sandi-budi-uji-1');
    const filed = await server.api('POST', '/api/complaints', { token: cso, body: { ...BODY, ticketNumber: 'A-012' } });
    expect(filed.status).toBe(201);
    expect((await server.api('GET', '/api/complaints', { token: cso })).status).toBe(403);
    const officer = await withOfficer(server);
    const list = await server.api('GET', '/api/complaints', { token: officer });
    expect(list.body.complaints[0]).toMatchObject({ channel: 'counter', nikMasked: '3273 •••• •••• 0009', phoneMasked: '0812 •••• 7890' });
    expect(JSON.stringify(list.body)).not.toContain('3273014101900009');
    const detail = await server.api('GET', `/api/complaints/${filed.body.complaint.reference}`, { token: officer });
    expect(detail.body.complaint.reporter).toMatchObject({ nik: '3273014101900009', phone: '+6281234567890' });
    expect(detail.body.complaint.timeline.map((e: { kind: string; actor: string }) => `${e.kind}:${e.actor}`)).toEqual(['diterima:budi', 'dibuka:rina']);
    const audit = server.services.db.prepare("SELECT actor FROM audit WHERE action = 'complaint.opened'").all();
    expect(audit).toEqual([{ actor: 'rina' }]);
  });

  it('asks for data (clock pauses), the 30 days pass on a simulated clock, and the tick closes it by itself', async () => {
    server = await startTestServer({ start: START });
    await withOfficer(server);
    let officer: string;
    const { reference } = (await server.api('POST', '/api/complaints', { body: BODY })).body.complaint;
    server.services.clock.ms += DAY; // Wed 29 April
    officer = await server.login('rina', 'sandi-rina-uji-1'); // sessions last a working day
    const asked = await server.api('POST', `/api/complaints/${reference}/actions`, { token: officer, body: { action: 'request_data', note: 'Mohon kirim foto KTP dan kartu peserta.' } });
    expect(asked.body.complaint).toMatchObject({ status: 'menunggu_kelengkapan', completenessDeadline: '2026-05-29' });
    expect(asked.body.complaint.clock).toMatchObject({ state: 'paused', leftDays: 4, pause: { by: 'rina', reason: 'Mohon kirim foto KTP dan kartu peserta.' } });
    server.services.clock.ms = Date.parse('2026-05-29T16:59:00Z'); // 23:59 WIB on the last day
    expect(server.services.complaints.tick().closed).toEqual([]);
    server.services.clock.ms = Date.parse('2026-05-29T17:00:00Z'); // 00:00 WIB, day 31
    expect(server.services.complaints.tick().closed).toEqual([reference]);
    officer = await server.login('rina', 'sandi-rina-uji-1');
    const code = await server.api('GET', `/api/complaints/${reference}`, { token: officer });
    expect(code.body.complaint.status).toBe('ditutup_tidak_lengkap');
    expect(code.body.complaint.timeline.map((e: { kind: string }) => e.kind)).toContain('auto_close_incomplete');
  });

  it('verifies, coordinates, resolves; the participant does not accept and it is escalated with the reason; wrong moves are refused', async () => {
    server = await startTestServer({ start: START });
    const officer = await withOfficer(server);
    const { reference } = (await server.api('POST', '/api/complaints', { body: BODY })).body.complaint;
    const act = (body: object) => server!.api('POST', `/api/complaints/${reference}/actions`, { token: officer, body });
    expect((await act({ action: 'resolve', note: 'Selesai' })).status).toBe(409);
    expect((await act({ action: 'verify', note: 'Data lengkap' })).body.complaint.status).toBe('diverifikasi');
    expect((await act({ action: 'coordinate', note: 'Cek status klaim', unit: 'Bidang Pelayanan Klaim' })).body.complaint.status).toBe('dalam_proses');
    const resolved = await act({ action: 'resolve', note: 'Klaim sudah dibayar 30 April.' });
    expect(resolved.body.complaint).toMatchObject({ status: 'selesai', resolution: 'Klaim sudah dibayar 30 April.', clock: { state: 'stopped' } });
    const escalated = await act({ action: 'participant_rejects', note: 'Peserta menelepon', reason: 'Jumlah yang dibayar kurang' });
    expect(escalated.body.complaint).toMatchObject({ status: 'dieskalasi', accepted: false, escalationReason: 'Jumlah yang dibayar kurang' });
    const audit = server.services.db.prepare("SELECT action FROM audit WHERE action LIKE 'complaint.%' ORDER BY id").all().map((r) => (r as { action: string }).action);
    expect(audit).toEqual(['complaint.received', 'complaint.verify', 'complaint.coordinate', 'complaint.resolve', 'complaint.participant_rejects']);
  });

  it('warns on working day 3 (officer) and day 4 (branch head), once each, before the deadline', async () => {
    server = await startTestServer({ start: START });
    await withOfficer(server);
    const { reference } = (await server.api('POST', '/api/complaints', { body: BODY })).body.complaint;
    server.services.clock.ms = Date.parse('2026-05-01T03:00:00Z'); // Fri 1 May, Hari Buruh: day 2
    expect(server.services.complaints.tick().warnings).toEqual([]);
    server.services.clock.ms = Date.parse('2026-05-04T02:00:00Z'); // Mon 4 May: day 3
    expect(server.services.complaints.tick().warnings).toEqual([{ reference, level: 'officer' }]);
    expect(server.services.complaints.tick().warnings).toEqual([]);
    server.services.clock.ms = Date.parse('2026-05-05T02:00:00Z'); // Tue 5 May: day 4
    expect(server.services.complaints.tick().warnings).toEqual([{ reference, level: 'head' }]);
    const officer = await server.login('rina', 'sandi-rina-uji-1');
    const list = await server.api('GET', '/api/complaints', { token: officer });
    expect(list.body.complaints[0]).toMatchObject({ warning: 'head', leftDays: 1, dueDate: '2026-05-06' });
  });

  it('hints at an open complaint with the same NIK and category (never blocks) and records the link', async () => {
    server = await startTestServer({ start: START });
    const officer = await withOfficer(server);
    const first = (await server.api('POST', '/api/complaints', { body: BODY })).body.complaint.reference;
    const second = (await server.api('POST', '/api/complaints', { body: { ...BODY, description: 'Saya datang lagi karena klaim JHT belum cair.' } })).body.complaint.reference;
    const other = (await server.api('POST', '/api/complaints', { body: { ...BODY, category: 'saldo' } })).body.complaint.reference;
    const detail = await server.api('GET', `/api/complaints/${second}`, { token: officer });
    expect(detail.body.complaint.duplicates).toEqual([first]);
    expect((await server.api('GET', `/api/complaints/${other}`, { token: officer })).body.complaint.duplicates).toEqual([]);
    const linked = await server.api('POST', `/api/complaints/${second}/link`, { token: officer, body: { reference: first } });
    expect(linked.body.complaint.linkedTo).toBe(first);
  });

  it('a branch closure added by the administrator moves an open due date', async () => {
    server = await startTestServer({ start: START });
    const admin = await server.login();
    const { reference, checkCode } = (await server.api('POST', '/api/complaints', { body: BODY })).body.complaint;
    expect((await server.api('POST', '/api/calendar/closures', { token: admin, body: { date: '2026-05-04', name: 'Banjir', source: 'SE Kepala Cabang 12/2026' } })).status).toBe(201);
    expect((await server.api('GET', `/api/complaints/lookup?reference=${reference}&code=${checkCode}`)).body.complaint.dueDate).toBe('2026-05-07');
  });

  it('exports CSV with masked identity and free text kept as text', async () => {
    server = await startTestServer({ start: START });
    const officer = await withOfficer(server);
    await server.api('POST', '/api/complaints', { body: { ...BODY, reporter: { ...REPORTER, name: '=HYPERLINK("x") <script>' } } });
    const res = await fetch(`${server.url}/api/complaints/export.csv`, { headers: { authorization: `Bearer ${officer}` } });
    const csv = await res.text();
    expect(csv).toContain('3273 •••• •••• 0009');
    expect(csv).not.toContain('3273014101900009');
    expect(csv).toContain(`"'=HYPERLINK(""x"") <script>"`);
  });
});
