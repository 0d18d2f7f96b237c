/**
 * What a login flood costs once it is refused (issue 11): the refusal is held before it is
 * answered (a tarpit, so a flood's workers ask once a second each, not as fast as the server can
 * say no), and the audit trail gets the first refusal of each minute per address, not one durable
 * write per attempt. The bench (npm run bench:login-flood) measures what this buys.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { makeTestServices } from '../testing/fixtures.ts';

let services: ReturnType<typeof makeTestServices> | null = null;
afterEach(() => services?.db.close());

const refusedAudits = (s: ReturnType<typeof makeTestServices>) =>
  (s.db.prepare("SELECT COUNT(*) AS n FROM audit WHERE action = 'auth.login_failed' AND detail LIKE '%locked%'").get() as { n: number }).n;

describe('refused sign-ins', () => {
  it('are held before the answer, and only the first of the minute per address is audited', async () => {
    services = makeTestServices({ auth: { refusalDelayMs: 200, limits: { perAddress: 3, perAccount: 100 } } });
    const s = services;
    await s.auth.prepare('admin:sandi-admin-uji');
    for (let i = 0; i < 3; i++) await expect(s.auth.login(`tamu${i}`, 'salah', '10.0.0.9')).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
    const t0 = performance.now();
    const refused = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => s.auth.login(`tamu-lagi${i}`, 'salah', '10.0.0.9')));
    const waited = performance.now() - t0;
    expect(refused.every((r) => r.status === 'rejected' && (r.reason as { code?: string }).code === 'auth.rate_limited')).toBe(true);
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(refusedAudits(s)).toBe(1);
    // Another address is its own: its first refusal is recorded too.
    for (let i = 0; i < 4; i++) await s.auth.login(`orang${i}`, 'salah', '10.0.0.10').catch(() => undefined);
    expect(refusedAudits(s)).toBe(2);
    // A minute later the next refusal from the first address is recorded again.
    s.clock.advanceSeconds(61);
    for (let i = 0; i < 4; i++) await s.auth.login(`tamu-baru${i}`, 'salah', '10.0.0.9').catch(() => undefined);
    expect(refusedAudits(s)).toBe(3);
  });

  it('the right password from the officer\'s own counter still signs in while a phone floods', async () => {
    services = makeTestServices({ auth: { refusalDelayMs: 50 } });
    const s = services;
    await s.auth.prepare('admin:sandi-admin-uji');
    const flood = Promise.allSettled(Array.from({ length: 60 }, (_, i) => s.auth.login('admin', `tebakan-${i}`, '10.0.0.66')));
    const own = await s.auth.login('admin', 'sandi-admin-uji', '10.0.0.5');
    expect(own.user.username).toBe('admin');
    const results = await flood;
    expect(results.filter((r) => r.status === 'fulfilled')).toEqual([]);
  });
});
