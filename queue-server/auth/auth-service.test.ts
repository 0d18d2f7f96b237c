import { describe, expect, it } from 'vitest';
import { makeTestServices } from '../testing/fixtures.ts';
import { UserRepository } from '../store/user-repository.ts';

describe('staff sign-in', () => {
  it('has no default account: without a bootstrap admin a one-time setup code is made', async () => {
    const s = makeTestServices();
    const prepared = await s.auth.prepare(undefined);
    expect(prepared.setupCode).toMatch(/^[A-Z2-9]{8}$/);
    await expect(s.auth.login('admin', 'admin')).rejects.toThrowError(/salah/);
    await expect(s.auth.setup({ code: 'SALAH123', username: 'kepala', password: 'sandi-panjang-1' })).rejects.toThrowError(/Kode penyiapan salah/);
    const { token, user } = await s.auth.setup({ code: prepared.setupCode!, username: 'kepala', password: 'sandi-panjang-1' });
    expect(user.role).toBe('admin');
    expect(s.auth.authenticate(token)?.username).toBe('kepala');
    await expect(s.auth.setup({ code: prepared.setupCode!, username: 'lain', password: 'sandi-panjang-2' })).rejects.toThrowError(/sudah selesai/);
  });

  it('stores only a slow salted hash, never the password', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    const hash = new UserRepository(s.db).byName('admin')?.passwordHash;
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('rahasia');
  });

  it('locks a username (from one address) for a minute after five wrong passwords', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    for (let i = 0; i < 5; i++) await expect(s.auth.login('admin', 'salah')).rejects.toThrowError(/salah/);
    await expect(s.auth.login('admin', 'rahasia-cabang')).rejects.toThrowError(/Terlalu banyak/);
    s.clock.advanceSeconds(61);
    expect((await s.auth.login('admin', 'rahasia-cabang')).user.username).toBe('admin');
  });

  it('a session lasts one working day (12 hours), then the officer signs in again', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    const { token } = await s.auth.login('admin', 'rahasia-cabang');
    s.clock.advanceMinutes(11 * 60);
    expect(s.auth.authenticate(token)).not.toBeNull();
    s.clock.advanceMinutes(61);
    expect(s.auth.authenticate(token)).toBeNull();
  });

  it('a session issued while the clock ran 10 years ahead stops working once the clock is corrected', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    const rightNow = s.clock.ms;
    s.clock.ms = rightNow + 10 * 365 * 24 * 3_600_000;
    const { token } = await s.auth.login('admin', 'rahasia-cabang');
    expect(s.auth.authenticate(token)).not.toBeNull();
    s.clock.ms = rightNow;
    expect(s.auth.authenticate(token)).toBeNull();
    // A small difference (a few minutes of drift corrected) keeps the session.
    s.clock.ms = rightNow + 3 * 60_000;
    const { token: drifted } = await s.auth.login('admin', 'rahasia-cabang');
    s.clock.ms = rightNow;
    expect(s.auth.authenticate(drifted)).not.toBeNull();
  });
});
