/**
 * Officers and counters (issues 11 and 15): one CSO holds at most one counter; signing out with a
 * ticket still called or in service is refused, and otherwise frees the officer's counter; the
 * supervisor's "Lepas loket" frees a counter an officer left, putting a called ticket back at its
 * first place, on the record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { smallBranchConfig } from '../testing/fixtures.ts';
import { startTestServer } from '../testing/http.ts';
import { AuditRepository } from '../store/audit-repository.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function branch() {
  server = await startTestServer({ config: smallBranchConfig() });
  const s = server;
  for (const [username, role] of [['cso.ani', 'cso'], ['cso.budi', 'cso'], ['kepala', 'supervisor']] as const) {
    await s.services.auth.createUser({ username, password: 'sandi-uji-12345', displayName: username, role });
  }
  const token = async (u: string) => (await s.services.auth.login(u, 'sandi-uji-12345')).token;
  return { s, ani: await token('cso.ani'), budi: await token('cso.budi'), kepala: await token('kepala'), token };
}

describe('one officer, one counter', () => {
  it('a CSO holding l1 can neither open nor call at l2 until l1 is closed', async () => {
    const { s, ani } = await branch();
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    expect((await s.api('POST', '/api/counters/l1/open', { token: ani, body: {} })).status).toBe(200);
    const open = await s.api('POST', '/api/counters/l2/open', { token: ani, body: {} });
    expect([open.status, open.body.error.code]).toEqual([409, 'counter.officer_elsewhere']);
    expect(open.body.error.message).toContain('Anda masih memegang Loket 1');
    const call = await s.api('POST', '/api/counters/l2/call-next', { token: ani });
    expect([call.status, call.body.error.code]).toEqual([409, 'counter.officer_elsewhere']);
    expect(s.services.counters.release('l1', { userId: null, username: 'uji', role: 'supervisor' }).counter.state).toBe('closed');
    expect((await s.api('POST', '/api/counters/l2/open', { token: ani, body: {} })).status).toBe(200);
    // The ticket waits on: nothing was called by the refused attempts.
    expect((await s.api('POST', '/api/counters/l2/call-next', { token: ani })).body.ticket.number).toBe('A-001');
  });
});

describe('signing out', () => {
  it('is refused while the officer’s counter calls a ticket, and frees the counter once it is done', async () => {
    const { s, ani, budi } = await branch();
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const called = (await s.api('POST', '/api/counters/l1/call-next', { token: ani })).body.ticket;
    const refused = await s.api('POST', '/api/auth/logout', { token: ani });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'counter.has_active_ticket']);
    expect(refused.body.error.message).toBe(`Belum bisa keluar: Loket 1 masih memanggil nomor ${called.number}. Selesaikan, tandai tidak hadir, atau pindahkan dulu.`);
    // Still signed in: the session was not ended by the refusal.
    expect((await s.api('GET', '/api/auth/me', { token: ani })).status).toBe(200);
    await s.api('POST', `/api/tickets/${called.id}/no-show`, { token: ani });
    expect((await s.api('POST', '/api/auth/logout', { token: ani })).status).toBe(204);
    expect((await s.api('GET', '/api/auth/me', { token: ani })).status).toBe(401);
    // Budi opens l1 without a supervisor: Ani's sign-out closed it.
    expect((await s.api('POST', '/api/counters/l1/open', { token: budi, body: {} })).body.counter).toMatchObject({ state: 'open' });
  });
});

describe('Lepas loket', () => {
  it('the supervisor frees a counter its officer left with a called ticket; the ticket is next again; recorded', async () => {
    const { s, ani, budi, kepala } = await branch();
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const called = (await s.api('POST', '/api/counters/l1/call-next', { token: ani })).body.ticket;
    // Budi is sent to the supervisor, as the console says.
    const busy = await s.api('POST', '/api/counters/l1/open', { token: budi, body: {} });
    expect(busy.body.error.message).toContain('Minta supervisor melepasnya');
    const byCso = await s.api('POST', '/api/counters/l1/release', { token: budi });
    expect([byCso.status, byCso.body.error.code]).toEqual([403, 'auth.forbidden']);
    const released = await s.api('POST', '/api/counters/l1/release', { token: kepala });
    expect(released.status).toBe(200);
    expect(released.body.counter).toMatchObject({ state: 'closed', userId: null });
    expect(released.body.returned).toMatchObject({ id: called.id, status: 'waiting', counterId: null });
    // Ani no longer holds l1; Budi opens it and A-001 is called first again, before A-002.
    expect((await s.api('POST', `/api/tickets/${called.id}/start`, { token: ani })).status).toBe(409);
    await s.api('POST', '/api/counters/l1/open', { token: budi, body: {} });
    expect((await s.api('POST', '/api/counters/l1/call-next', { token: budi })).body.ticket.number).toBe(called.number);
    const audit = new AuditRepository(s.services.db);
    expect(audit.byAction('counter.release')).toEqual([expect.objectContaining({ actor: 'kepala', counterId: 'l1' })]);
    expect(audit.byAction('return').at(-1)).toMatchObject({ actor: 'kepala', ticketId: called.id, detail: expect.objectContaining({ releasedCounter: true }) });
  });

  it('a ticket in service is not taken from the desk: release is refused with what to do', async () => {
    const { s, ani, kepala } = await branch();
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    const called = (await s.api('POST', '/api/counters/l1/call-next', { token: ani })).body.ticket;
    await s.api('POST', `/api/tickets/${called.id}/start`, { token: ani });
    const refused = await s.api('POST', '/api/counters/l1/release', { token: kepala });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'counter.has_active_ticket']);
    expect(refused.body.error.message).toContain('Ambil alih loket');
    // Taking over (a supervisor may act on any counter's ticket) and finishing it, then releasing.
    expect((await s.api('POST', `/api/tickets/${called.id}/finish`, { token: kepala })).status).toBe(200);
    expect((await s.api('POST', '/api/counters/l1/release', { token: kepala })).body.returned).toBeNull();
  });
});
