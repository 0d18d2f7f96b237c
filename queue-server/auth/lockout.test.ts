/**
 * The sign-in lockout against a hostile phone (issue 11): parallel guesses each count, the lock is
 * per address and account (a phone cannot lock the officer at their counter), and a supervisor can
 * lift it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';
import { phoneRequest } from '../testing/phone.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const login = (s: TestServer, password: string, from = '127.0.0.2', username = 'admin') =>
  phoneRequest(s.url, 'POST', '/api/auth/login', { from, body: { username, password } });

describe('sign-in lockout', () => {
  it('counts every one of 100 parallel wrong passwords: only five are checked, and the right one is then refused', async () => {
    server = await startTestServer();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => login(server!, `salah-${i}`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(95);
    const refused = answers.find((a) => a.status === 429)!.json();
    expect(refused.error.code).toBe('auth.rate_limited');
    expect(refused.error.message).toMatch(/Terlalu banyak percobaan masuk/);
    // The right password from the same phone is refused too: the guesses counted.
    expect((await login(server, 'sandi-admin-uji')).status).toBe(429);
  });

  it('a phone guessing an officer\'s password does not lock the officer out at their own desk', async () => {
    server = await startTestServer();
    for (let i = 0; i < 5; i++) expect((await login(server, 'salah')).status).toBe(401);
    expect((await login(server, 'sandi-admin-uji')).status).toBe(429);
    // The officer, from this machine (another address), signs in at once.
    const officer = await login(server, 'sandi-admin-uji', '127.0.0.1');
    expect(officer.status).toBe(200);
    expect(officer.json().user.username).toBe('admin');
  });

  it('the lock lasts a minute, and a correct password forgives earlier misses', async () => {
    server = await startTestServer();
    for (let i = 0; i < 4; i++) expect((await login(server, 'salah')).status).toBe(401);
    expect((await login(server, 'sandi-admin-uji')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(server, 'salah')).status).toBe(401);
    expect((await login(server, 'sandi-admin-uji')).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(server, 'salah')).status).toBe(401);
    expect((await login(server, 'sandi-admin-uji')).status).toBe(429);
    server.services.clock.advanceSeconds(61);
    expect((await login(server, 'sandi-admin-uji')).status).toBe(200);
  });

  it('a supervisor unlocks an officer locked out on every address, recorded in the audit trail; a CSO may not', async () => {
    server = await startTestServer();
    const admin = await server.login();
    const cso = (await server.api('POST', '/api/users', { token: admin, body: { username: 'cso.ani', password: 'sandi-ani-12345', displayName: 'Ani', role: 'cso' } })).body.user;
    await server.api('POST', '/api/users', { token: admin, body: { username: 'kepala', password: 'sandi-kepala-123', displayName: 'Kepala', role: 'supervisor' } });
    for (const from of ['127.0.0.2', '127.0.0.3']) {
      for (let i = 0; i < 5; i++) await login(server, 'salah', from, 'cso.ani');
      expect((await login(server, 'sandi-ani-12345', from, 'cso.ani')).status).toBe(429);
    }
    const csoToken = await server.login('cso.ani', 'sandi-ani-12345');
    expect((await server.api('POST', `/api/users/${cso.id}/unlock`, { token: csoToken })).status).toBe(403);
    const supervisor = await server.login('kepala', 'sandi-kepala-123');
    const unlocked = await server.api('POST', `/api/users/${cso.id}/unlock`, { token: supervisor });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toEqual({ username: 'cso.ani', cleared: 2 });
    expect((await login(server, 'sandi-ani-12345', '127.0.0.2', 'cso.ani')).status).toBe(200);
    const audit = server.services.db.prepare("SELECT actor, detail FROM audit WHERE action = 'user.unlock'").all();
    expect(audit).toEqual([{ actor: 'kepala', detail: JSON.stringify({ username: 'cso.ani', cleared: 2 }) }]);
    expect((await server.api('POST', '/api/users/999/unlock', { token: supervisor })).status).toBe(404);
  });
});
