/**
 * Staff accounts (issue 11): disabling ends the officer's sessions at once, an administrator's
 * password reset and an officer's own change end every earlier session, "sign out everywhere"
 * ends them all; sessions end by their issue number, so a clock set back does not revive one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/http.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function branch() {
  server = await startTestServer();
  const s = server;
  const admin = (await s.services.auth.login('admin', 'sandi-admin-uji')).token;
  const created = await s.api('POST', '/api/users', { token: admin, body: { username: 'cso.ani', password: 'sandi-ani-12345', displayName: 'Ani', role: 'cso' } });
  const ani = created.body.user as { id: number };
  const login = async (password = 'sandi-ani-12345') => (await s.services.auth.login('cso.ani', password)).token;
  return { s, admin, ani, login };
}

describe('staff accounts', () => {
  it('disabling an officer ends both of their sessions at once and refuses sign-in; enabling lets them in again', async () => {
    const { s, admin, ani, login } = await branch();
    const desk = await login();
    const tablet = await login();
    const off = await s.api('POST', `/api/users/${ani.id}/disable`, { token: admin });
    expect(off.body.user).toMatchObject({ id: ani.id, disabled: true });
    for (const t of [desk, tablet]) expect((await s.api('GET', '/api/auth/me', { token: t })).status).toBe(401);
    expect((await s.api('POST', '/api/auth/login', { body: { username: 'cso.ani', password: 'sandi-ani-12345' } })).status).toBe(401);
    expect((await s.api('GET', '/api/users', { token: admin })).body.users).toContainEqual(expect.objectContaining({ username: 'cso.ani', disabled: true }));
    await s.api('POST', `/api/users/${ani.id}/enable`, { token: admin });
    const again = await login();
    expect((await s.api('GET', '/api/auth/me', { token: again })).body.user.username).toBe('cso.ani');
    // The old sessions stay ended after enabling.
    expect((await s.api('GET', '/api/auth/me', { token: desk })).status).toBe(401);
  });

  it('an administrator cannot disable themself; a CSO cannot disable anyone', async () => {
    const { s, admin, login, ani } = await branch();
    const me = (await s.api('GET', '/api/auth/me', { token: admin })).body.user;
    const self = await s.api('POST', `/api/users/${me.id}/disable`, { token: admin });
    expect([self.status, self.body.error.code, self.body.error.message]).toEqual([409, 'user.self', 'Anda tidak dapat menonaktifkan akun Anda sendiri.']);
    const cso = await s.api('POST', `/api/users/${ani.id}/disable`, { token: await login() });
    expect([cso.status, cso.body.error.code]).toEqual([403, 'auth.forbidden']);
    const unknown = await s.api('POST', '/api/users/999/disable', { token: admin });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'user.not_found']);
  });

  it('the admin’s reset ends the officer’s sessions; the new password signs in, the old one not', async () => {
    const { s, admin, ani, login } = await branch();
    const old = await login();
    const short = await s.api('POST', `/api/users/${ani.id}/password`, { token: admin, body: { password: 'pendek' } });
    expect([short.status, short.body.error.code]).toEqual([400, 'request.invalid']);
    expect(short.body.error.message).toContain('kata sandi minimal 10 karakter');
    expect((await s.api('POST', `/api/users/${ani.id}/password`, { token: admin, body: { password: 'sandi-baru-ani-9' } })).status).toBe(200);
    expect((await s.api('GET', '/api/auth/me', { token: old })).status).toBe(401);
    await expect(login()).rejects.toThrowError(/salah/);
    expect(await login('sandi-baru-ani-9')).toMatch(/^[\w-]{40,}$/);
  });

  it('changing one’s own password needs the current one, ends every session and answers a new one', async () => {
    const { s, login } = await branch();
    const a = await login();
    const b = await login();
    const wrong = await s.api('POST', '/api/auth/password', { token: a, body: { currentPassword: 'bukan-ini-12', newPassword: 'sandi-ani-baru-77' } });
    expect([wrong.status, wrong.body.error.code, wrong.body.error.message]).toEqual([403, 'auth.password_wrong', 'Kata sandi saat ini salah.']);
    expect((await s.api('GET', '/api/auth/me', { token: a })).status).toBe(200);
    const changed = await s.api('POST', '/api/auth/password', { token: a, body: { currentPassword: 'sandi-ani-12345', newPassword: 'sandi-ani-baru-77' } });
    expect(changed.status).toBe(200);
    for (const t of [a, b]) expect((await s.api('GET', '/api/auth/me', { token: t })).status).toBe(401);
    expect((await s.api('GET', '/api/auth/me', { token: changed.body.token })).body.user.username).toBe('cso.ani');
  });

  it('sign out everywhere ends every session of that officer only', async () => {
    const { s, admin, login } = await branch();
    const a = await login();
    const b = await login();
    expect((await s.api('POST', '/api/auth/logout-all', { token: a })).status).toBe(204);
    for (const t of [a, b]) expect((await s.api('GET', '/api/auth/me', { token: t })).status).toBe(401);
    expect((await s.api('GET', '/api/auth/me', { token: admin })).status).toBe(200);
  });

  it('an ended session stays ended when the wall clock is set back to before it ended', async () => {
    const { s, admin, ani, login } = await branch();
    const t = await login();
    const clock = s.services.clock;
    const before = clock.ms;
    clock.ms = before + 60 * 60_000;
    await s.api('POST', `/api/users/${ani.id}/disable`, { token: admin });
    await s.api('POST', `/api/users/${ani.id}/enable`, { token: admin });
    clock.ms = before;
    expect((await s.api('GET', '/api/auth/me', { token: t })).status).toBe(401);
  });
});
