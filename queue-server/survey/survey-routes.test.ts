import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';
import { openEventStream } from '../testing/sse.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

/** A request from 127.0.0.2: on the machine, but not loopback-as-kiosk (what a phone on the LAN looks like). */
function fromOtherAddress(url: string, path: string, method = 'GET', body?: unknown): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const target = new URL(path, url);
    const req = httpRequest({ host: target.hostname, port: target.port, path: target.pathname + target.search, method, localAddress: '127.0.0.2', headers: body === undefined ? {} : { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : null }));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function serveOne(s: TestServer, token: string, counter = 'loket-1', serviceId = 'jht') {
  const issued = await s.api('POST', '/api/tickets', { body: { serviceId } });
  const called = await s.api('POST', `/api/counters/${counter}/call-next`, { token });
  expect(called.body.ticket.id).toBe(issued.body.ticket.id);
  await s.api('POST', `/api/tickets/${issued.body.ticket.id}/start`, { token });
  const finished = await s.api('POST', `/api/tickets/${issued.body.ticket.id}/finish`, { token, key: `finish-${issued.body.ticket.id}` });
  expect(finished.status).toBe(200);
  return { ticket: issued.body.ticket as { id: string; number: string }, finished };
}

const ALL_FOUR = { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };

describe('survey tokens', () => {
  it('finishing a ticket answers {ticket, survey: {token, url}}; the public event names counter and ticket, never the token', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const { ticket, finished } = await serveOne(server, staff);
    expect(finished.body.ticket).toMatchObject({ id: ticket.id, status: 'done' });
    const { token, url } = finished.body.survey as { token: string; url: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(url).toBe(`${server.url}/survei/?token=${token}`);
    // The same finish retried with its key gets the same answer back.
    const again = await server.api('POST', `/api/tickets/${ticket.id}/finish`, { token: staff, key: `finish-${ticket.id}` });
    expect(again.body.survey.token).toBe(token);

    // What any phone on the branch network can replay from the public stream.
    const stream = openEventStream(`${server.url}/api/events`, 0);
    await stream.until((events) => events.some((e) => e.type === 'ticket.finished'));
    await stream.close();
    const offered = stream.events.filter((e) => e.type === 'survey.offered');
    expect(offered.map((e) => (e.data as { data: unknown }).data)).toEqual([{ counterId: 'loket-1', ticketId: ticket.id, number: ticket.number, serviceId: 'jht', expiresAt: expect.any(String) }]);
    expect(JSON.stringify(stream.events)).not.toContain(token);
  });

  it('the counter tablet gets the token from a kiosk address or with a staff token; any other address is refused', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const { ticket, finished } = await serveOne(server, staff);
    const pending = await server.api('GET', '/api/surveys/counters/loket-1/pending');
    expect(pending.body.invitation).toMatchObject({ ticketId: ticket.id, number: ticket.number, serviceName: 'Klaim JHT', token: finished.body.survey.token });
    expect((await server.api('GET', '/api/surveys/counters/loket-2/pending')).body).toEqual({ invitation: null });

    const phone = await fromOtherAddress(server.url, '/api/surveys/counters/loket-1/pending');
    expect(phone.status).toBe(403);
    expect(JSON.stringify(phone.body)).not.toContain(finished.body.survey.token);
    const phoneClaim = await fromOtherAddress(server.url, '/api/surveys/claim', 'POST', { ticket: ticket.number });
    expect(phoneClaim.status).toBe(403);
    expect((await server.api('GET', '/api/surveys/counters/loket-99/pending')).status).toBe(404);
  });

  it('the tablet stops offering once the counter calls the next visitor, or once answered', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const first = await serveOne(server, staff);
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await server.api('POST', '/api/counters/loket-1/call-next', { token: staff });
    expect((await server.api('GET', '/api/surveys/counters/loket-1/pending')).body.invitation).toBeNull();
    // The visitor can still answer at the kiosk the same day.
    expect((await server.api('POST', '/api/surveys/claim', { body: { ticket: first.ticket.number } })).status).toBe(200);
  });

  it('one response per served ticket: 201, a resend with the same key replays, a second answer is refused kindly', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const { finished } = await serveOne(server, staff);
    const token = finished.body.survey.token as string;
    const body = { token, overall: 4, answers: ALL_FOUR, comment: 'Petugas ramah' };
    const first = await server.api('POST', '/api/surveys', { body, key: 'survey-tablet-0001' });
    expect(first.status).toBe(201);
    const replay = await server.api('POST', '/api/surveys', { body, key: 'survey-tablet-0001' });
    expect({ status: replay.status, body: replay.body }).toEqual({ status: first.status, body: first.body });
    const second = await server.api('POST', '/api/surveys', { body: { token, overall: 1 }, key: 'survey-phone-0002' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'survey.already_answered', message: expect.stringContaining('sudah diisi. Terima kasih') });
    expect(server.services.db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get()).toEqual({ n: 1 });
    const described = await server.api('GET', `/api/surveys/invitations/${token}`);
    expect(described.body.answered).toBe(true);
  });

  it('a bad token is 400, a token of yesterday is 410, a ticket never served cannot answer', async () => {
    server = await startTestServer();
    const staff = await server.login();
    expect((await server.api('POST', '/api/surveys', { body: { token: 'x'.repeat(32), overall: 3 } })).body.error.code).toBe('survey.token_invalid');
    expect((await server.api('POST', '/api/surveys', { body: { token: 'x'.repeat(32), overall: 5 } })).status).toBe(400);
    expect((await server.api('POST', '/api/surveys', { body: { token: 'x'.repeat(32), overall: 3, answers: { u10: 4 } } })).status).toBe(400);

    const waiting = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const notServed = await server.api('POST', '/api/surveys/claim', { body: { ticket: waiting.body.ticket.number } });
    expect(notServed.status).toBe(409);
    expect(notServed.body.error.code).toBe('survey.not_served');
    await server.api('POST', '/api/counters/loket-1/call-next', { token: staff });
    const missed = await server.api('POST', `/api/tickets/${waiting.body.ticket.id}/no-show`, { token: staff });
    expect(missed.body.survey).toBeUndefined();
    expect((await server.api('POST', '/api/surveys/claim', { body: { ticket: waiting.body.ticket.number } })).body.error.code).toBe('survey.not_served');

    const { finished } = await serveOne(server, staff);
    server.services.clock.advanceMinutes(24 * 60);
    const late = await server.api('POST', '/api/surveys', { body: { token: finished.body.survey.token, overall: 4 } });
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe('survey.token_expired');
  });

  it('the kiosk finds a ticket by a typed number in any common spelling or by the scanned QR', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const { ticket } = await serveOne(server, staff);
    for (const typed of [ticket.number, ticket.number.toLowerCase(), ticket.number.replace('-', ''), 'a 1', `${server.url}/tiket/${ticket.id}?k=abc`]) {
      const claimed = await server.api('POST', '/api/surveys/claim', { body: { ticket: typed } });
      expect(claimed.status, typed).toBe(200);
      expect(claimed.body.invitation.ticketId).toBe(ticket.id);
    }
    expect((await server.api('POST', '/api/surveys/claim', { body: { ticket: 'Z-999' } })).status).toBe(404);
    expect((await server.api('POST', '/api/surveys/claim', { body: { ticket: 'bukan nomor' } })).status).toBe(400);
  });

  it('the phone status page offers the survey only with the paper key, once served', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const { ticket, finished } = await serveOne(server, staff);
    const key = server.services.surveys.paperKeyOf(ticket.id);
    const withKey = await (await fetch(`${server.url}/tiket/${ticket.id}?k=${key}`)).text();
    expect(withKey).toContain(`/survei/?token=${finished.body.survey.token}`);
    for (const path of [`/tiket/${ticket.id}`, `/tiket/${ticket.id}?k=${'A'.repeat(16)}`]) {
      const html = await (await fetch(server.url + path)).text();
      expect(html, path).not.toContain('/survei/?token=');
    }
    await server.api('POST', '/api/surveys', { body: { token: finished.body.survey.token, overall: 3 } });
    expect(await (await fetch(`${server.url}/tiket/${ticket.id}?k=${key}`)).text()).not.toContain('/survei/?token=');
  });

  it('masks NIK-like and phone numbers in comments', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const { finished } = await serveOne(server, staff);
    await server.api('POST', '/api/surveys', { body: { token: finished.body.survey.token, overall: 2, comment: 'NIK saya 3174015012900001, hubungi 0812-3456-7890 ya' } });
    const row = server.services.db.prepare('SELECT comment FROM survey_responses').get() as { comment: string };
    expect(row.comment).toBe('NIK saya [nomor disamarkan], hubungi [nomor disamarkan] ya');
  });
});

describe('IKM for the branch head', () => {
  it('is for supervisors and admins only: a CSO is refused, anonymous is 401', async () => {
    server = await startTestServer();
    const admin = await server.login();
    await server.api('POST', '/api/users', { token: admin, body: { username: 'cso1', password: 'sandi-cso-satu', displayName: 'CSO Satu', role: 'cso' } });
    await server.api('POST', '/api/users', { token: admin, body: { username: 'kacab', password: 'sandi-kepala-cabang', displayName: 'Kepala Cabang', role: 'supervisor' } });
    const cso = await server.login('cso1', 'sandi-cso-satu');
    const head = await server.login('kacab', 'sandi-kepala-cabang');
    const q = '/api/surveys/ikm?from=2026-10-01&to=2026-12-31';
    expect((await server.api('GET', q)).status).toBe(401);
    expect((await server.api('GET', q, { token: cso })).status).toBe(403);
    expect((await server.api('GET', q.replace('ikm', 'export/responses.csv'), { token: cso })).status).toBe(403);
    expect((await server.api('GET', q, { token: head })).status).toBe(200);
    expect((await server.api('GET', '/api/surveys/ikm?from=2026-12-31&to=2026-10-01', { token: head })).status).toBe(400);
    expect((await server.api('GET', '/api/surveys/ikm?from=2026-02-30&to=2026-03-01', { token: head })).status).toBe(400);
  });

  it('counts n, the population served and the Krejcie-Morgan sample, per service and counter', async () => {
    server = await startTestServer();
    const staff = await server.login();
    const a = await serveOne(server, staff, 'loket-1');
    const b = await serveOne(server, staff, 'loket-2');
    await serveOne(server, staff, 'loket-1'); // served, no answer
    await server.api('POST', '/api/surveys', { body: { token: a.finished.body.survey.token, overall: 4, answers: ALL_FOUR } });
    await server.api('POST', '/api/surveys', { body: { token: b.finished.body.survey.token, overall: 1 } }); // quick rating only
    const day = server.services.engine.today();
    const all = await server.api('GET', `/api/surveys/ikm?from=${day}&to=${day}`, { token: staff });
    expect(all.body).toMatchObject({ n: 1, served: 3, sampleNeeded: 3, ikm: 100, grade: 'A', overall: { responses: 2, counts: [1, 0, 0, 1] } });
    expect(all.body.method).toBe(`bobot 1/9 per unsur, n=1, N=3 dilayani, sampel Krejcie-Morgan 3, periode ${day} s.d. ${day}`);
    const counter2 = await server.api('GET', `/api/surveys/ikm?from=${day}&to=${day}&counterId=loket-2`, { token: staff });
    expect(counter2.body).toMatchObject({ n: 0, served: 1, ikm: null, grade: null });
    const report = await server.api('GET', `/api/surveys/report?from=${day}&to=${day}`, { token: staff });
    expect(report.body.byCounter.find((c: { id: string }) => c.id === 'loket-1')).toMatchObject({ n: 1, served: 2 });
    const csv = await fetch(`${server.url}/api/surveys/export/responses.csv?from=${day}&to=${day}`, { headers: { authorization: `Bearer ${staff}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).not.toContain(a.ticket.id);
    expect(text).not.toContain(a.ticket.number);
    expect(text.split('\r\n')[0]).toBe('tanggal,layanan,loket,penilaian_umum,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran');
  });
});
