import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer;
afterEach(async () => server?.close());

describe('HTTP API', () => {
  it('answers /healthz and lists services and counters', async () => {
    server = await startTestServer();
    expect((await server.api('GET', '/healthz')).status).toBe(200);
    const services = await server.api('GET', '/api/services');
    expect(services.body.services.map((s: { id: string }) => s.id)).toEqual(['jht', 'jkk-jkm-jp', 'kepesertaan', 'informasi']);
    const counters = await server.api('GET', '/api/counters');
    expect(counters.body.counters).toHaveLength(6);
  });

  it('issues a ticket with its place and estimate, and a retry with the same key returns the same ticket', async () => {
    server = await startTestServer();
    const first = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'eclaim' }, key: 'kiosk-1-req-0001' });
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({ number: 'A-001', serviceId: 'jht', fastTrack: 'eclaim', status: 'waiting', ahead: 0, estimatedWaitMinutes: 0 });
    expect(first.body.print).toEqual({ status: 'skipped', reason: expect.any(String) });
    const again = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'eclaim' }, key: 'kiosk-1-req-0001' });
    expect(again.status).toBe(201);
    expect(again.body.ticket.id).toBe(first.body.ticket.id);
    const other = await server.api('POST', '/api/tickets', { body: { serviceId: 'informasi' }, key: 'kiosk-1-req-0001' });
    expect(other.status).toBe(409);
    const token = await server.login();
    const day = await server.api('GET', '/api/tickets', { token });
    expect(day.body.tickets).toHaveLength(1);
  });

  it('rejects bad input with 400, unknown ids with 404 and wrong states with 409, in Indonesian', async () => {
    server = await startTestServer();
    const token = await server.login();
    const cases: [string, string, Parameters<TestServer['api']>[2], number][] = [
      ['POST', '/api/tickets', { raw: '{"serviceId":' }, 400],
      ['POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'vip' } }, 400],
      ['POST', '/api/tickets', { body: { serviceId: 'tidak-ada' } }, 400],
      ['POST', '/api/tickets', { body: [] }, 400],
      ['POST', '/api/tickets', { body: { serviceId: 'jht' }, key: 'pendek' }, 400],
      ['POST', '/api/tickets', { raw: JSON.stringify({ serviceId: 'x'.repeat(100_000) }) }, 413],
      ['GET', '/api/tickets?date=2026-02-30', { token }, 400],
      ['GET', '/api/tickets?date=kemarin', { token }, 400],
      ['POST', '/api/counters/loket-99/call-next', { token }, 404],
      ['POST', '/api/tickets/00000000-0000-0000-0000-000000000000/finish', { token }, 404],
      ['POST', '/api/tickets/bad%20id/finish', { token }, 400],
      ['POST', '/api/counters/loket-1/pause', { token, body: { reason: '' } }, 400],
      ['GET', '/api/tidak-ada', {}, 404],
      ['POST', '/api/auth/login', { body: { username: 'admin' } }, 400],
    ];
    for (const [method, path, init, status] of cases) {
      const res = await server.api(method, path, init);
      expect({ path, status: res.status }).toEqual({ path, status });
      expect(res.body.error.message).toMatch(/[a-z]/);
    }
    const issued = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const wrong = await server.api('POST', `/api/tickets/${issued.body.ticket.id}/finish`, { token });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.message).toContain('tidak dapat diselesaikan');
  });

  it('requires a staff token for staff actions and refuses a wrong password', async () => {
    server = await startTestServer();
    expect((await server.api('POST', '/api/counters/loket-1/call-next')).status).toBe(401);
    expect((await server.api('GET', '/api/tickets', { token: 'palsu' })).status).toBe(401);
    expect((await server.api('POST', '/api/auth/login', { body: { username: 'admin', password: 'salah' } })).status).toBe(401);
  });

  it('walks a ticket through call, recall, start, finish and answers 204 when nobody waits', async () => {
    server = await startTestServer();
    const token = await server.login();
    const { body } = await server.api('POST', '/api/tickets', { body: { serviceId: 'kepesertaan' } });
    const id = body.ticket.id as string;
    const called = await server.api('POST', '/api/counters/loket-5/call-next', { token });
    expect(called.body.ticket).toMatchObject({ id, status: 'called', counterId: 'loket-5', callRule: 'normal' });
    server.services.clock.advanceSeconds(21);
    expect((await server.api('POST', `/api/tickets/${id}/recall`, { token })).body.ticket.recallCount).toBe(1);
    expect((await server.api('POST', `/api/tickets/${id}/start`, { token })).body.ticket.status).toBe('serving');
    expect((await server.api('POST', `/api/tickets/${id}/finish`, { token })).body.ticket.status).toBe('done');
    expect((await server.api('POST', '/api/counters/loket-5/call-next', { token })).status).toBe(204);
  });

  it('when many counters press call-next at the same instant, each gets a different ticket', async () => {
    server = await startTestServer();
    const token = await server.login();
    await Promise.all(Array.from({ length: 60 }, (_, i) => server.api('POST', '/api/tickets', { body: { serviceId: i % 2 ? 'jht' : 'jkk-jkm-jp' } })));
    const jhtCounters = ['loket-1', 'loket-2', 'loket-3', 'loket-4'];
    const seen = new Set<string>();
    for (let round = 0; round < 15; round++) {
      // Each counter pressed three times at once: a double (triple) tap must never skip a visitor.
      const presses = await Promise.all(jhtCounters.flatMap((c) => [0, 1, 2].map(() => server.api('POST', `/api/counters/${c}/call-next`, { token }).then((r) => ({ c, r })))));
      const ok = presses.filter((p) => p.r.status === 200);
      expect(ok).toHaveLength(4);
      expect(presses.filter((p) => p.r.status === 409)).toHaveLength(8);
      for (const { r } of ok) {
        expect(seen.has(r.body.ticket.id)).toBe(false);
        seen.add(r.body.ticket.id);
        await server.api('POST', `/api/tickets/${r.body.ticket.id}/start`, { token });
        await server.api('POST', `/api/tickets/${r.body.ticket.id}/finish`, { token });
      }
    }
    expect(seen.size).toBe(60);
  });

  it('a repeated call-next with the same Idempotency-Key returns the first answer instead of calling again', async () => {
    server = await startTestServer();
    const token = await server.login();
    for (let i = 0; i < 3; i++) await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const answers = await Promise.all([0, 1, 2, 3].map(() => server.api('POST', '/api/counters/loket-1/call-next', { token, key: 'console-l1-press-42' })));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200]));
    expect(new Set(answers.map((a) => a.body.ticket.number))).toEqual(new Set(['A-001']));
    const day = await server.api('GET', '/api/tickets', { token });
    expect(day.body.tickets.map((t: { status: string }) => t.status)).toEqual(['called', 'waiting', 'waiting']);
  });

  it('the public snapshot never shows the fast-track reason', async () => {
    server = await startTestServer();
    const token = await server.login();
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'pregnant' } });
    await server.api('POST', '/api/counters/loket-1/call-next', { token });
    const snap = await server.api('GET', '/api/queue');
    expect(snap.body.recentCalls[0]).toMatchObject({ ticket: { number: 'A-001', isFastTrack: true, counterId: 'loket-1' }, counterId: 'loket-1' });
    expect(JSON.stringify(snap.body)).not.toMatch(/pregnant|hamil/);
    expect(snap.body.rules).toEqual({ recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 } });
  });

  it('raises a help request once per kiosk until staff resolve it', async () => {
    server = await startTestServer();
    const token = await server.login();
    const first = await server.api('POST', '/api/help-requests', { body: { source: 'kios-1' } });
    expect(first.status).toBe(201);
    expect((await server.api('POST', '/api/help-requests', { body: { source: 'kios-1' } })).status).toBe(200);
    const id = first.body.helpRequest.id as number;
    expect((await server.api('POST', `/api/help-requests/${id}/resolve`, { token })).body.helpRequest.status).toBe('resolved');
    expect((await server.api('GET', '/api/supervisor/overview', { token })).body.helpRequests).toEqual([]);
  });
});

describe('ticket status page (the QR on the ticket)', () => {
  it('shows number, service, people ahead and wait in Indonesian, and where to go once called', async () => {
    server = await startTestServer();
    const token = await server.login();
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const { body } = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht', fastTrack: 'pregnant' } });
    const third = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const html = await (await fetch(`${server.url}/tiket/${third.body.ticket.id}`)).text();
    expect(html).toContain('A-003');
    expect(html).toContain('Klaim JHT');
    expect(html).toMatch(/Orang di depan Anda<\/dt><dd>2</);
    await server.api('POST', '/api/counters/loket-2/call-next', { token });
    const called = await (await fetch(`${server.url}/tiket/${body.ticket.id}`)).text();
    expect(called).toContain('Silakan menuju Loket 2');
    expect(called).not.toMatch(/hamil|pregnant/);
    const missing = await fetch(`${server.url}/tiket/tidak-ada`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Tiket tidak ditemukan');
  });
});
