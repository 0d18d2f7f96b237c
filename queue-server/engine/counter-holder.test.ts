/**
 * Ticket and counter actions check who holds the counter (issue 11): a CSO acts only at the
 * counter they hold; a supervisor may take over or release, and the audit trail records it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { smallBranchConfig } from '../testing/fixtures.ts';
import { startTestServer } from '../testing/http.ts';

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
  return { s, ani: await token('cso.ani'), budi: await token('cso.budi'), kepala: await token('kepala') };
}

describe('who holds the counter', () => {
  it('a CSO cannot act on a ticket at another officer\'s counter, nor pause a counter they do not hold', async () => {
    const { s, ani, budi } = await branch();
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    expect((await s.api('POST', '/api/counters/l1/open', { token: ani, body: {} })).status).toBe(200);
    const ticket = (await s.api('POST', '/api/counters/l1/call-next', { token: ani })).body.ticket;
    expect((await s.api('POST', '/api/counters/l2/open', { token: budi, body: {} })).status).toBe(200);
    for (const action of ['start', 'finish', 'no-show', 'cancel', 'recall']) {
      const refused = await s.api('POST', `/api/tickets/${ticket.id}/${action}`, { token: budi });
      expect({ action, status: refused.status, code: refused.body.error.code }).toEqual({ action, status: 403, code: 'counter.held_by_other' });
    }
    expect((await s.api('POST', `/api/tickets/${ticket.id}/transfer`, { token: budi, body: { serviceId: 'info' } })).body.error.code).toBe('counter.held_by_other');
    expect((await s.api('POST', '/api/counters/l1/pause', { token: budi, body: { reason: 'iseng' } })).body.error.code).toBe('counter.held_by_other');
    // Ani, who holds l1, can.
    expect((await s.api('POST', `/api/tickets/${ticket.id}/start`, { token: ani })).status).toBe(200);
    expect((await s.api('POST', `/api/tickets/${ticket.id}/finish`, { token: ani })).status).toBe(200);
    // A closed counter is nobody's to pause: Budi closes l2, then cannot pause it.
    expect((await s.api('POST', '/api/counters/l2/close', { token: budi, body: {} })).status).toBe(200);
    const pause = await s.api('POST', '/api/counters/l2/pause', { token: budi, body: { reason: 'istirahat' } });
    expect([pause.status, pause.body.error.code]).toEqual([409, 'counter.not_held']);
  });

  it('a supervisor finishes a ticket at another officer\'s counter and takes the counter over, both on the record', async () => {
    const { s, ani, kepala } = await branch();
    await s.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await s.api('POST', '/api/counters/l1/open', { token: ani, body: {} });
    const ticket = (await s.api('POST', '/api/counters/l1/call-next', { token: ani })).body.ticket;
    expect((await s.api('POST', `/api/tickets/${ticket.id}/no-show`, { token: kepala })).status).toBe(200);
    expect((await s.api('POST', '/api/counters/l1/open', { token: kepala, body: { force: true } })).status).toBe(200);
    expect((await s.api('POST', '/api/counters/l1/close', { token: kepala, body: {} })).status).toBe(200);
    const trail = s.services.db.prepare("SELECT actor, action, counter_id AS counterId, detail FROM audit WHERE actor = 'kepala' AND action NOT LIKE 'auth.%' ORDER BY id").all() as Array<{ action: string; detail: string | null }>;
    const aniId = s.services.auth.users().find((u) => u.username === 'cso.ani')!.id;
    expect(trail.map((t) => [t.action, JSON.parse(t.detail ?? 'null')])).toEqual([
      ['no-show', { onCounterOf: aniId }],
      ['counter.take_over', { from: aniId, state: 'open' }],
    ]);
  });
});
