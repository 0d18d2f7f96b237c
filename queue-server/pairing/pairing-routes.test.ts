/**
 * Device pairing through the HTTP routes (startTestServer().api() checks every answer against the
 * contract): a server with DEVICE_PAIRING=required, so this machine is a device like any other.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';
import { phoneRequest } from '../testing/phone.ts';
import { PAIRING_LIMITS, hashDeviceToken } from './device-pairing.ts';
import { readDevicePairingMode } from './pairing-mode.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
afterEach(async () => server?.close());

const issue = (device?: string) => server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, ...(device ? { headers: { 'x-device-token': device } } : {}) });
const me = async (device: string) => (await server.api('GET', '/api/devices/me', { headers: { 'x-device-token': device } })).body;

async function askCode(kind = 'kiosk') {
  const answer = await server.api('POST', '/api/devices/pairing-requests', { body: { kind } });
  expect(answer.status).toBe(201);
  return answer.body as { token: string; code: string; expiresAt: string };
}

async function pairedKiosk(token: string, name = 'Kios lobi') {
  const asked = await askCode();
  const paired = await server.api('POST', '/api/admin/devices/pair', { token, body: { code: asked.code, name, kind: 'kiosk' } });
  expect(paired.status).toBe(201);
  return { device: asked.token, id: paired.body.device.id as number, code: asked.code };
}

describe('device pairing (DEVICE_PAIRING=required)', () => {
  it('an unpaired device, this machine included, is refused in Indonesian; once paired with its code it issues tickets', async () => {
    server = await startTestServer({ devicePairing: 'required' });
    const refused = await issue();
    expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([403, 'kiosk.not_allowed', { device: 'unpaired' }]);
    expect(refused.body.error.message).toBe('Perangkat ini belum dipasangkan. Minta administrator memasangkan perangkat ini dengan kode di layarnya (Administrasi → Perangkat).');

    const asked = await askCode();
    expect(asked.code).toMatch(/^\d{4}-\d{2}$/);
    expect(await me(asked.token)).toMatchObject({ state: 'pending', mode: 'required', device: null, pairing: { code: asked.code, kind: 'kiosk' } });
    // Holding a credential is not enough: it admits nothing until the code is entered.
    expect((await issue(asked.token)).body.error.details).toEqual({ device: 'pending' });

    const admin = await server.login();
    const paired = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: asked.code.replace('-', ' '), name: 'Kios lobi', kind: 'kiosk' } });
    expect(paired.status).toBe(201);
    expect(paired.body.device).toMatchObject({ name: 'Kios lobi', kind: 'kiosk', state: 'paired', pairedBy: 'admin', counterId: null });
    expect(await me(asked.token)).toMatchObject({ state: 'paired', pairing: null, device: { name: 'Kios lobi', kind: 'kiosk' } });
    const ticket = await issue(asked.token);
    expect(ticket.status).toBe(201);
    expect(ticket.body.ticket.number).toBe('A-001');
    const list = (await server.api('GET', '/api/admin/devices', { token: admin })).body;
    expect(list.mode).toBe('required');
    expect(list.devices[0].lastSeenAt).not.toBeNull();
  });

  it('a code works once; a wrong or expired code is refused; the kind must be the one the device asked as', async () => {
    server = await startTestServer({ devicePairing: 'required' });
    const admin = await server.login();
    const asked = await askCode('board');
    const wrongKind = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: asked.code, name: 'Papan 1', kind: 'kiosk' } });
    expect([wrongKind.status, wrongKind.body.error.code]).toEqual([409, 'device.kind_mismatch']);
    expect(wrongKind.body.error.message).toContain('ditampilkan oleh Papan antrean, bukan Kios-K');
    expect((await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: asked.code, name: 'Papan 1', kind: 'board' } })).status).toBe(201);
    const reused = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: asked.code, name: 'Papan 2', kind: 'board' } });
    expect([reused.status, reused.body.error.code]).toEqual([404, 'device.code_unknown']);

    const late = await askCode();
    server.services.clock.advanceMinutes(11);
    expect(await me(late.token)).toMatchObject({ state: 'unpaired', pairing: null });
    const expired = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: late.code, name: 'Kios 2', kind: 'kiosk' } });
    expect([expired.status, expired.body.error.code]).toEqual([404, 'device.code_unknown']);
    expect(expired.body.error.message).toMatch(/tidak dikenal atau sudah kedaluwarsa/);

    // A counter tablet needs a counter that exists; others take none.
    const tablet = await askCode('counter_tablet');
    const noCounter = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: tablet.code, name: 'Tablet 1', kind: 'counter_tablet' } });
    expect([noCounter.status, noCounter.body.error.message]).toEqual([400, 'Pilih loket tempat tablet survei ini berada.']);
    const unknown = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: tablet.code, name: 'Tablet 1', kind: 'counter_tablet', counterId: 'loket-99' } });
    expect(unknown.body.error.code).toBe('counter.not_found');
    expect((await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: tablet.code, name: 'Tablet 1', kind: 'counter_tablet', counterId: 'loket-1' } })).status).toBe(201);
  });

  it('guessing codes is limited per administrator before the look-up, so the right code is refused too after five wrong ones', async () => {
    server = await startTestServer({ devicePairing: 'required' });
    const admin = await server.login();
    const asked = await askCode();
    const wrong = asked.code === '0000-00' ? '0000-01' : '0000-00';
    for (let i = 0; i < PAIRING_LIMITS.wrongCodesPerAccount; i++) {
      expect((await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: wrong, name: 'Tebakan', kind: 'kiosk' } })).body.error.code).toBe('device.code_unknown');
    }
    const limited = await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: asked.code, name: 'Kios lobi', kind: 'kiosk' } });
    expect([limited.status, limited.body.error.code]).toEqual([429, 'device.pairing_rate_limited']);
    expect(limited.body.error.message).toMatch(/Tunggu 10 menit/);
    // Another administrator is not locked out by the first one's guesses; after the window the code works.
    await server.services.auth.createUser({ username: 'admin.dua', password: 'sandi-admin-dua-1', displayName: 'Admin dua', role: 'admin' });
    const second = await server.login('admin.dua', 'sandi-admin-dua-1');
    expect((await server.api('POST', '/api/admin/devices/pair', { token: second, body: { code: asked.code, name: 'Kios lobi', kind: 'kiosk' } })).status).toBe(201);
  });

  it('a phone holds at most 5 waiting codes (429 in Indonesian); the codes of other addresses still come', async () => {
    server = await startTestServer({ devicePairing: 'required' });
    for (let i = 0; i < PAIRING_LIMITS.pendingPerAddress; i++) {
      expect((await phoneRequest(server.url, 'POST', '/api/devices/pairing-requests', { body: { kind: 'kiosk' } })).status).toBe(201);
    }
    const busy = await phoneRequest(server.url, 'POST', '/api/devices/pairing-requests', { body: { kind: 'kiosk' } });
    expect([busy.status, busy.json().error.code]).toEqual([429, 'device.pairing_busy']);
    expect((await phoneRequest(server.url, 'POST', '/api/devices/pairing-requests', { from: '127.0.0.3', body: { kind: 'kiosk' } })).status).toBe(201);
    // Once they expire the phone may ask again.
    server.services.clock.advanceMinutes(11);
    expect((await phoneRequest(server.url, 'POST', '/api/devices/pairing-requests', { body: { kind: 'kiosk' } })).status).toBe(201);
  });

  it('revoking ends the credential at once; renaming and revoking are in the audit trail; only the hash is stored', async () => {
    server = await startTestServer({ devicePairing: 'required' });
    const admin = await server.login();
    const kiosk = await pairedKiosk(admin);
    const renamed = await server.api('POST', `/api/admin/devices/${kiosk.id}/rename`, { token: admin, body: { name: '  Kios pintu masuk ' } });
    expect(renamed.body.device.name).toBe('Kios pintu masuk');
    expect((await me(kiosk.device)).device.name).toBe('Kios pintu masuk');
    expect((await server.api('POST', `/api/admin/devices/${kiosk.id}/revoke`, { token: admin })).body.device).toMatchObject({ state: 'revoked', lastSeenAt: null });
    const refused = await issue(kiosk.device);
    expect([refused.status, refused.body.error.details]).toEqual([403, { device: 'revoked' }]);
    expect(refused.body.error.message).toMatch(/sudah dicabut oleh administrator/);
    expect((await me(kiosk.device)).state).toBe('revoked');
    expect((await server.api('POST', `/api/admin/devices/${kiosk.id}/revoke`, { token: admin })).body.error.code).toBe('device.not_found');
    expect((await server.api('POST', `/api/admin/devices/${kiosk.id}/rename`, { token: admin, body: { name: 'X' } })).body.error.code).toBe('device.not_found');
    expect((await server.api('POST', '/api/admin/devices/999/revoke', { token: admin })).status).toBe(404);

    const audit = (await server.api('GET', '/api/audit?category=device', { token: admin })).body.entries as { action: string; subject: string; detail: Record<string, unknown> }[];
    expect(audit.map((e) => e.action).sort()).toEqual(['device.paired', 'device.renamed', 'device.revoked']);
    expect(audit.find((e) => e.action === 'device.renamed')?.detail).toEqual({ from: 'Kios lobi', to: 'Kios pintu masuk' });
    expect(new Set(audit.map((e) => e.subject))).toEqual(new Set([`device:${kiosk.id}`]));

    // The database holds the credential's SHA-256, never the credential itself.
    const dump = server.services.db.serialize().toString('latin1');
    expect(dump).not.toContain(kiosk.device);
    expect(dump).toContain(hashDeviceToken(kiosk.device));
  });

  it('a device admits only its own kind: a board cannot issue, a kiosk cannot read a counter\'s survey token, a tablet can', async () => {
    server = await startTestServer({ devicePairing: 'required' });
    const admin = await server.login();
    const pair = async (kind: string, counterId?: string) => {
      const asked = await askCode(kind);
      expect((await server.api('POST', '/api/admin/devices/pair', { token: admin, body: { code: asked.code, name: `uji ${kind}`, kind, ...(counterId ? { counterId } : {}) } })).status).toBe(201);
      return asked.token;
    };
    const board = await pair('board');
    const tablet = await pair('counter_tablet', 'loket-1');
    const kiosk = await pair('kiosk');
    const boardIssue = await issue(board);
    expect([boardIssue.status, boardIssue.body.error.details]).toEqual([403, { device: 'wrong_kind' }]);
    expect(boardIssue.body.error.message).toBe('Perangkat ini terpasang sebagai Papan antrean dan tidak dapat melakukan ini.');
    const pending = (device: string) => server.api('GET', '/api/surveys/counters/loket-1/pending', { headers: { 'x-device-token': device } });
    expect((await pending(kiosk)).body.error.details).toEqual({ device: 'wrong_kind' });
    expect((await pending(tablet)).status).toBe(200);
    // …and only its own counter's.
    const other = await server.api('GET', '/api/surveys/counters/loket-2/pending', { headers: { 'x-device-token': tablet } });
    expect([other.status, other.body.error.details]).toEqual([403, { device: 'wrong_counter' }]);
    expect(other.body.error.message).toBe('Tablet ini dipasangkan untuk Loket 1, bukan Loket 2. Buka /survei/?loket=loket-1.');
    // Everyone, paired or not, still reads what the waiting-room board shows.
    expect((await server.api('GET', '/api/queue')).status).toBe(200);
  });
});

describe('the default, DEVICE_PAIRING=loopback-trusted', () => {
  it('this machine counts as a paired device of every kind and shows no code; a phone does not', async () => {
    server = await startTestServer();
    expect((await issue()).status).toBe(201);
    expect((await server.api('GET', '/api/devices/me')).body).toEqual({ state: 'trusted', mode: 'loopback-trusted', device: null, pairing: null });
    expect((await server.api('GET', '/api/surveys/counters/loket-1/pending')).status).toBe(200);
    const phone = await phoneRequest(server.url, 'POST', '/api/tickets', { body: { serviceId: 'jht' } });
    expect([phone.status, phone.json().error.code]).toEqual([403, 'kiosk.not_allowed']);
    expect((await phoneRequest(server.url, 'GET', '/api/devices/me')).json().state).toBe('unpaired');
  });

  it('kiosk.allowedAddresses still count as paired, but forwarded headers never do', async () => {
    const { defaultBranchConfig } = await import('../testing/fixtures.ts');
    const config = defaultBranchConfig();
    server = await startTestServer({ config: { ...config, kiosk: { allowedAddresses: ['127.0.0.5'] } } });
    expect((await phoneRequest(server.url, 'POST', '/api/tickets', { from: '127.0.0.5', body: { serviceId: 'jht' } })).status).toBe(201);
    const forged = await phoneRequest(server.url, 'POST', '/api/tickets', { from: '127.0.0.6', headers: { 'x-forwarded-for': '127.0.0.5' }, body: { serviceId: 'jht' } });
    expect(forged.status).toBe(403);
  });

  it('DEVICE_PAIRING is read strictly', () => {
    expect(readDevicePairingMode({})).toBe('loopback-trusted');
    expect(readDevicePairingMode({ DEVICE_PAIRING: 'required' })).toBe('required');
    expect(() => readDevicePairingMode({ DEVICE_PAIRING: 'off' })).toThrow('DEVICE_PAIRING harus loopback-trusted atau required (sekarang "off").');
  });
});
