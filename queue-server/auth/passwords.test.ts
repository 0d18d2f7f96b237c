/** Hashing cost, the upgrade of old hashes, the bound on hashes at once, and the rate limits before the hash. */
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { UserRepository } from '../store/user-repository.ts';
import { makeTestServices, TEST_PASSWORD_COST } from '../testing/fixtures.ts';
import { startTestServer } from '../testing/http.ts';
import { phoneRequest } from '../testing/phone.ts';
import { HashSlots } from './hash-slots.ts';
import { hashPassword, needsRehash, OWASP_SCRYPT_COST, verifyPassword } from './passwords.ts';

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('password hashes', () => {
  it('are made at OWASP scrypt parameters by default (N=2^17, r=8, p=1)', async () => {
    const hash = await hashPassword('sandi-panjang-1');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('sandi-panjang-1', hash)).toBe(true);
    expect(await verifyPassword('sandi-panjang-2', hash)).toBe(false);
    expect(needsRehash(hash, OWASP_SCRYPT_COST)).toBe(false);
  });

  it('an old N=2^14 hash still verifies and is re-hashed at the current cost on the next correct sign-in', async () => {
    const s = makeTestServices({ auth: { passwordCost: OWASP_SCRYPT_COST } });
    const users = new UserRepository(s.db);
    users.insert({ username: 'lama', displayName: 'Lama', role: 'cso', passwordHash: await hashPassword('sandi-lama-123', TEST_PASSWORD_COST), createdAt: 0 });
    await expect(s.auth.login('lama', 'salah-sekali')).rejects.toThrowError(/salah/);
    expect(users.byName('lama')?.passwordHash).toMatch(/^scrypt\$16384\$/);
    expect((await s.auth.login('lama', 'sandi-lama-123')).user.username).toBe('lama');
    const upgraded = users.byName('lama')?.passwordHash ?? '';
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await s.auth.login('lama', 'sandi-lama-123')).user.username).toBe('lama');
    expect(users.byName('lama')?.passwordHash).toBe(upgraded);
  });

  it('a tampered stored cost is refused, not run', async () => {
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});

describe('hash slots', () => {
  it('run at most two hashes at once and refuse beyond the queue with a 429 in Indonesian', async () => {
    const slots = new HashSlots(2, 3);
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const work = () =>
      slots.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const jobs = Array.from({ length: 5 }, work);
    await expect(work()).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === 'auth.rate_limited' && /sibuk/.test(e.message));
    while (releases.length > 0 || running > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(jobs);
    expect(most).toBe(2);
    expect(slots.busy).toBe(0);
  });
});

describe('rate limits before the hash', () => {
  const login = (s: TestServer, from: string, username: string, password = 'salah') =>
    phoneRequest(s.url, 'POST', '/api/auth/login', { from, body: { username, password } });

  it('one address makes at most 30 attempts a minute, whatever names it tries', async () => {
    server = await startTestServer();
    for (let i = 0; i < 30; i++) expect((await login(server, '127.0.0.2', `tamu${i}`)).status).toBe(401);
    const refused = await login(server, '127.0.0.2', 'tamu-lain');
    expect(refused.status).toBe(429);
    expect(refused.json().error).toEqual({ code: 'auth.rate_limited', message: expect.stringMatching(/^Terlalu banyak percobaan masuk\. Coba lagi dalam \d+ detik\.$/) });
    // Another address is not affected.
    expect((await login(server, '127.0.0.3', 'tamu-lain')).status).toBe(401);
    server.services.clock.advanceSeconds(61);
    expect((await login(server, '127.0.0.2', 'tamu-lain')).status).toBe(401);
  });

  it('one account takes at most 20 attempts a minute from new addresses, but not from where it signed in before', async () => {
    server = await startTestServer();
    expect((await login(server, '127.0.0.1', 'admin', 'sandi-admin-uji')).status).toBe(200);
    // The first sign-in counted as one of the 20 (the address was not known yet): 19 more from phones.
    for (let i = 0; i < 19; i++) expect((await login(server, `127.0.1.${i + 1}`, 'admin')).status).toBe(401);
    expect((await login(server, '127.0.1.99', 'admin', 'sandi-admin-uji')).status).toBe(429);
    expect((await login(server, '127.0.0.1', 'admin', 'sandi-admin-uji')).status).toBe(200);
  });
});
