/**
 * Staff pages' cookie sessions (issue 11): the cookie's attributes, CSRF on every state-changing
 * request a cookie authenticates (token and origin), bearer tokens unaffected, sign-out clearing
 * the cookie, and a disabled officer's session (and live stream) ending at once.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function cookieSignIn(s: TestServer, username = 'admin', password = 'sandi-admin-uji') {
  const res = await s.api('POST', '/api/auth/session', { body: { username, password }, headers: { origin: s.url, 'sec-fetch-site': 'same-origin' } });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = /^kiosk_session=([^;]+)/.exec(setCookie)?.[1] ?? '';
  return { setCookie, cookie: `kiosk_session=${cookie}`, csrf: res.body.csrfToken as string, user: res.body.user };
}

/** A browser's same-origin request with the cookie, and the CSRF token unless left out. */
const browser = (s: TestServer, session: { cookie: string; csrf: string }, extra: Record<string, string> = {}) => ({
  cookie: session.cookie,
  origin: s.url,
  'sec-fetch-site': 'same-origin',
  'x-csrf-token': session.csrf,
  ...extra,
});

describe('browser sessions', () => {
  it('sets an HttpOnly, SameSite=Strict cookie for 12 hours (no Secure over plain HTTP) and answers no token', async () => {
    server = await startTestServer();
    const session = await cookieSignIn(server);
    expect(session.setCookie).toMatch(/^kiosk_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(session.user).toMatchObject({ username: 'admin', role: 'admin' });
    expect(JSON.stringify(session)).not.toContain('"token"');
    // The page, reloaded, asks for its CSRF token with the cookie alone.
    const again = await server.api('GET', '/api/auth/session', { headers: { cookie: session.cookie } });
    expect([again.status, again.body.csrfToken, again.body.user.username]).toEqual([200, session.csrf, 'admin']);
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    server = await startTestServer();
    // HTTPS is read from the socket (trust proxy is off): a forged X-Forwarded-Proto changes nothing.
    const spoofed = await server.api('POST', '/api/auth/session', { body: { username: 'admin', password: 'sandi-admin-uji' }, headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('set-cookie')).not.toContain('Secure');
    const { setSessionCookie } = await import('./session-cookie.ts');
    const headers: string[] = [];
    const fakeReq = { secure: true } as Parameters<typeof setSessionCookie>[0];
    const fakeRes = { append: (_name: string, value: string) => headers.push(value) } as unknown as Parameters<typeof setSessionCookie>[1];
    setSessionCookie(fakeReq, fakeRes, 'a'.repeat(43));
    expect(headers[0]).toMatch(/; Secure$/);
  });

  it('a state-changing request with the cookie but without the CSRF token, or with a wrong one, is refused 403 in Indonesian', async () => {
    server = await startTestServer();
    const session = await cookieSignIn(server);
    const body = { username: 'cso.tanpa', password: 'sandi-tanpa-123', displayName: 'Tanpa', role: 'cso' };
    const missing = await server.api('POST', '/api/users', { body, headers: browser(server, session, { 'x-csrf-token': '' }) });
    expect([missing.status, missing.body.error.code]).toEqual([403, 'auth.csrf']);
    expect(missing.body.error.message).toBe('Permintaan ditolak: token keamanan (CSRF) tidak ada. Muat ulang halaman lalu coba lagi.');
    const wrong = await server.api('POST', '/api/users', { body, headers: browser(server, session, { 'x-csrf-token': 'x'.repeat(43) }) });
    expect([wrong.status, wrong.body.error.code, wrong.body.error.message]).toEqual([403, 'auth.csrf', 'Permintaan ditolak: token keamanan (CSRF) tidak cocok dengan sesi ini. Muat ulang halaman lalu coba lagi.']);
    // Another session's token does not fit this one either.
    const other = await cookieSignIn(server);
    const crossed = await server.api('POST', '/api/users', { body, headers: browser(server, session, { 'x-csrf-token': other.csrf }) });
    expect(crossed.status).toBe(403);
    // Nothing was created by the refused requests; with the right token it is.
    const token = await server.login();
    expect((await server.api('GET', '/api/users', { token })).body.users.map((u: { username: string }) => u.username)).not.toContain('cso.tanpa');
    expect((await server.api('POST', '/api/users', { body, headers: browser(server, session) })).status).toBe(201);
    // Reading needs no CSRF token (GET changes nothing).
    expect((await server.api('GET', '/api/users', { headers: { cookie: session.cookie } })).status).toBe(200);
  });

  it('a request another site starts is refused even with the right token: Origin or Sec-Fetch-Site cross-site', async () => {
    server = await startTestServer();
    const session = await cookieSignIn(server);
    const evil = await server.api('POST', '/api/counters/loket-1/open', { body: {}, headers: browser(server, session, { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }) });
    expect([evil.status, evil.body.error.code]).toEqual([403, 'auth.csrf']);
    expect(evil.body.error.message).toMatch(/berasal dari halaman di luar server antrean cabang ini/);
    const sameSite = await server.api('POST', '/api/counters/loket-1/open', { body: {}, headers: browser(server, session, { 'sec-fetch-site': 'same-site' }) });
    expect(sameSite.status).toBe(403);
    // Signing a browser in from another site (login CSRF) is refused too.
    const login = await server.api('POST', '/api/auth/session', { body: { username: 'admin', password: 'sandi-admin-uji' }, headers: { origin: 'http://evil.example' } });
    expect([login.status, login.body.error.code, login.headers.get('set-cookie')]).toEqual([403, 'auth.csrf', null]);
    const counter = (await server.api('GET', '/api/counters')).body.counters.find((c: { id: string }) => c.id === 'loket-1');
    expect(counter.state).toBe('closed');
  });

  it('bearer tokens (scripts) need no CSRF token, even with a cookie beside them', async () => {
    server = await startTestServer();
    const token = await server.login();
    const opened = await server.api('POST', '/api/counters/loket-1/open', { token, body: {}, headers: { cookie: 'kiosk_session=' + 'z'.repeat(43) } });
    expect(opened.status).toBe(200);
    expect((await server.api('POST', '/api/counters/loket-1/close', { token, body: {} })).status).toBe(200);
  });

  it('on a kiosk route a cookie without any CSRF header is not used: the request is judged by its address', async () => {
    server = await startTestServer();
    const session = await cookieSignIn(server);
    // From this machine (a kiosk address): issued as the kiosk, not as the officer.
    const issued = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, headers: { cookie: session.cookie } });
    expect(issued.status).toBe(201);
    const token = await server.login();
    const audit = await server.api('GET', '/api/audit?action=issue', { token });
    expect(audit.body.entries[0].actor).toBe('kiosk');
    expect((await server.api('POST', `/api/tickets/${issued.body.ticket.id}/cancel`, { token })).status).toBe(200);
    // A wrong token is refused, not ignored.
    const wrong = await server.api('POST', '/api/tickets', { body: { serviceId: 'jht' }, headers: { cookie: session.cookie, 'x-csrf-token': 'nope' } });
    expect(wrong.status).toBe(403);
  });

  it('signing out clears the cookie and ends the session', async () => {
    server = await startTestServer();
    const session = await cookieSignIn(server);
    const out = await server.api('POST', '/api/auth/logout', { headers: browser(server, session) });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe('kiosk_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
    expect((await server.api('GET', '/api/auth/session', { headers: { cookie: session.cookie } })).status).toBe(401);
    // Signing out is state-changing too: without the token it is refused (a link on another page cannot sign an officer out).
    const again = await cookieSignIn(server);
    expect((await server.api('POST', '/api/auth/logout', { headers: { cookie: again.cookie } })).status).toBe(403);
    const outAll = await server.api('POST', '/api/auth/logout-all', { headers: browser(server, again) });
    expect([outAll.status, outAll.headers.get('set-cookie')]).toEqual([204, 'kiosk_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0']);
  });

  it('disabling an officer ends their cookie session at once, and their open staff stream says why and closes', async () => {
    server = await startTestServer();
    const admin = await server.login();
    const created = await server.api('POST', '/api/users', { token: admin, body: { username: 'cso.dewi', password: 'sandi-dewi-12345', displayName: 'Dewi', role: 'cso' } });
    const dewi = await cookieSignIn(server, 'cso.dewi', 'sandi-dewi-12345');
    const url = new URL('/api/staff/events', server.url);
    const stream = new Promise<{ status: number; text: string; ended: boolean }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, headers: { cookie: dewi.cookie }, agent: false }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ended: true }));
        setTimeout(() => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, text, ended: false });
        }, 3000);
      });
      req.on('error', reject);
      req.end();
    });
    await new Promise((r) => setTimeout(r, 200));
    const before = await server.api('GET', '/api/auth/session', { headers: { cookie: dewi.cookie } });
    expect(before.status).toBe(200);
    expect((await server.api('POST', `/api/users/${created.body.user.id}/disable`, { token: admin })).status).toBe(200);
    const seen = await stream;
    expect(seen.status).toBe(200);
    // Closed by the server (not by the test's 3 s timer), after saying why.
    expect(seen.ended).toBe(true);
    expect(seen.text).toContain('event: session.ended');
    expect(seen.text).toContain('"reason":"disabled"');
    expect(seen.text).toContain('akun Anda dinonaktifkan oleh administrator');
    expect((await server.api('GET', '/api/auth/session', { headers: { cookie: dewi.cookie } })).status).toBe(401);
    expect((await server.api('POST', '/api/counters/loket-1/open', { body: {}, headers: browser(server, dewi) })).status).toBe(401);
  });

  it('an administrator changes an officer’s role: the officer’s sessions end and the next sign-in carries the new role', async () => {
    server = await startTestServer();
    const admin = await server.login();
    const created = await server.api('POST', '/api/users', { token: admin, body: { username: 'cso.eko', password: 'sandi-eko-12345', displayName: 'Eko', role: 'cso' } });
    const eko = await server.login('cso.eko', 'sandi-eko-12345');
    const bad = await server.api('POST', `/api/users/${created.body.user.id}/role`, { token: admin, body: { role: 'kepala' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'request.invalid']);
    expect(bad.body.error.message).toContain('peran harus salah satu dari: admin, supervisor, cso, complaint_officer');
    const changed = await server.api('POST', `/api/users/${created.body.user.id}/role`, { token: admin, body: { role: 'supervisor' } });
    expect([changed.status, changed.body.user.role]).toEqual([200, 'supervisor']);
    expect((await server.api('GET', '/api/auth/me', { token: eko })).status).toBe(401);
    const again = await server.login('cso.eko', 'sandi-eko-12345');
    expect((await server.api('GET', '/api/auth/me', { token: again })).body.user.role).toBe('supervisor');
    const me = (await server.api('GET', '/api/auth/me', { token: admin })).body.user;
    const self = await server.api('POST', `/api/users/${me.id}/role`, { token: admin, body: { role: 'cso' } });
    expect([self.status, self.body.error.code, self.body.error.message]).toEqual([409, 'user.self', 'Anda tidak dapat mengubah peran akun Anda sendiri.']);
    const audit = await server.api('GET', '/api/audit?action=user.role_changed', { token: admin });
    expect(audit.body.entries[0]).toMatchObject({ actor: 'admin', action: 'user.role_changed' });
  });
});
