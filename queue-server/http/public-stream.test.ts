/** The public stream shows what a waiting-room screen shows; staff events go to the staff stream only; streams are limited. */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Reads a stream from `from` for `ms`, then closes it; answers the status and the text received. */
function readStream(base: string, path: string, from: string, ms: number, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, localAddress: from, agent: false, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      setTimeout(() => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, text });
      }, ms);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('event streams', () => {
  it('a phone replaying from 0 gets numbers and counters, never help notes, pause reasons or officers', async () => {
    server = await startTestServer();
    const token = await server.login();
    await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' } });
    await server.api('POST', '/api/help-requests', { body: { source: 'kios-1', note: 'ibu hamil butuh kursi' } });
    const help = (await server.api('GET', '/api/help-requests', { token })).body.helpRequests[0];
    await server.api('POST', `/api/help-requests/${help.id}/resolve`, { token });
    await server.api('POST', '/api/counters/loket-1/open', { token, body: {} });
    await server.api('POST', '/api/counters/loket-1/pause', { token, body: { reason: 'ke dokter - sakit perut' } });

    const phone = await readStream(server.url, '/api/events?lastEventId=0', '127.0.0.2', 400);
    expect(phone.status).toBe(200);
    expect(phone.text).toContain('event: ticket.issued');
    expect(phone.text).toContain('event: counter.updated');
    expect(phone.text).not.toMatch(/help\.|ibu hamil|sakit perut|admin|printer/);

    const staff = await readStream(server.url, '/api/staff/events?lastEventId=0', '127.0.0.2', 400, { authorization: `Bearer ${token}` });
    // A token in the query (once EventSource's only way) is no longer read: it would end up in logs.
    expect((await readStream(server.url, `/api/staff/events?lastEventId=0&token=${token}`, '127.0.0.2', 200)).status).toBe(401);
    expect(staff.text).toContain('event: help.resolved');
    expect(staff.text).toContain('sakit perut');
    expect((await readStream(server.url, '/api/staff/events?lastEventId=0', '127.0.0.2', 200)).status).toBe(401);
  });

  it('one address opens at most 20 streams (429 in Indonesian); others still connect', async () => {
    server = await startTestServer();
    const held = Array.from({ length: 20 }, () => readStream(server!.url, '/api/events', '127.0.0.2', 1500));
    await new Promise((r) => setTimeout(r, 500));
    const refused = await readStream(server.url, '/api/events', '127.0.0.2', 200);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text).error).toEqual({ code: 'stream.too_many', message: expect.stringMatching(/Terlalu banyak aliran/) });
    expect((await readStream(server.url, '/api/events', '127.0.0.3', 200)).status).toBe(200);
    await Promise.all(held);
    await new Promise((r) => setTimeout(r, 200));
    expect((await readStream(server.url, '/api/events', '127.0.0.2', 200)).status).toBe(200);
  });

  it('help requests: a phone is refused, a paired kiosk sends at most 5 per 10 minutes (429 in Indonesian), and the supervisor resolves them all at once', async () => {
    server = await startTestServer();
    const { phoneRequest } = await import('../testing/phone.ts');
    const phone = await phoneRequest(server.url, 'POST', '/api/help-requests', { body: { source: 'palsu' } });
    expect([phone.status, phone.json().error.code]).toEqual([403, 'kiosk.not_allowed']);
    const asked = server.services.devicePairing.requestCode('kiosk', '127.0.0.2');
    server.services.devicePairing.pair({ code: asked.code, name: 'Kios lobi', kind: 'kiosk' }, { userId: 1, username: 'admin', role: 'admin' });
    const kiosk = { 'x-device-token': asked.token };
    for (let i = 0; i < 5; i++) expect((await phoneRequest(server.url, 'POST', '/api/help-requests', { headers: kiosk, body: { source: `palsu-${i}` } })).status).toBe(201);
    const refused = await phoneRequest(server.url, 'POST', '/api/help-requests', { headers: kiosk, body: { source: 'palsu-6' } });
    expect([refused.status, refused.json().error.code]).toEqual([429, 'help.too_many']);
    expect(refused.json().error.message).toMatch(/Petugas segera datang/);
    expect((await server.api('POST', '/api/help-requests', { body: { source: 'kios-1' } })).status).toBe(201);
    const token = await server.login();
    const all = await server.api('POST', '/api/help-requests/resolve-all', { token });
    expect(all.body.resolved).toHaveLength(6);
    expect((await server.api('GET', '/api/help-requests', { token })).body.helpRequests).toEqual([]);
  });
});
