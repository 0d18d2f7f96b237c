/** The sign-in time windows at their edges: session expiry and the lock after wrong passwords. */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { makeTestServices } from '../testing/fixtures.ts';

const HOUR = 3_600_000;

async function codeOf(action: () => Promise<unknown>): Promise<string | null> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return null;
}

describe('session expiry', () => {
  it('a session is valid until one millisecond before 12 hours, and not at 12 hours', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    const { token } = await s.auth.login('admin', 'rahasia-cabang');
    s.clock.ms += 12 * HOUR - 1;
    expect(s.auth.authenticate(token)?.username).toBe('admin');
    s.clock.ms += 1;
    expect(s.auth.authenticate(token)).toBeNull();
  });

  it('signing out ends the session at once; an unknown token is nobody', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    const { token } = await s.auth.login('admin', 'rahasia-cabang');
    s.auth.logout(token);
    expect(s.auth.authenticate(token)).toBeNull();
    expect(s.auth.authenticate('bukan-token')).toBeNull();
  });
});

describe('lock after five wrong passwords', () => {
  it('four wrong passwords do not lock; the fifth locks for exactly 60 s', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    for (let i = 0; i < 4; i++) expect(await codeOf(() => s.auth.login('admin', 'salah'))).toBe('auth.invalid_credentials');
    expect((await s.auth.login('admin', 'rahasia-cabang')).user.username).toBe('admin');

    for (let i = 0; i < 5; i++) expect(await codeOf(() => s.auth.login('admin', 'salah'))).toBe('auth.invalid_credentials');
    s.clock.ms += 60_000 - 1;
    expect(await codeOf(() => s.auth.login('admin', 'rahasia-cabang'))).toBe('auth.rate_limited');
    s.clock.ms += 1;
    expect((await s.auth.login('admin', 'rahasia-cabang')).user.username).toBe('admin');
  });

  it('the lock names the seconds left, rounded up, and holds for any spelling of the name', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    for (let i = 0; i < 5; i++) await codeOf(() => s.auth.login('admin', 'salah'));
    s.clock.ms += 30_500;
    await expect(s.auth.login('ADMIN', 'rahasia-cabang')).rejects.toThrowError(/Coba lagi dalam 30 detik/);
  });
});
