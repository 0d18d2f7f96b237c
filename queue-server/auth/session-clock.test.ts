/**
 * Session lifetimes on a simulated clock (issue 11: "a token issued with the clock 10 years ahead
 * stays valid for 10 years"): within one server run the age comes from the monotonic clock, so
 * setting the wall clock back does not stretch a session and a jump forward does not end it; a
 * session issued while the wall clock ran ahead is refused once it is corrected; a session from an
 * earlier run (a restart) falls back to its stored wall-clock expiry.
 */
import { describe, expect, it } from 'vitest';
import { makeTestServices, TEST_PASSWORD_COST } from '../testing/fixtures.ts';
import { AuthService } from './auth-service.ts';
import { CLOCK_SKEW_MS, SESSION_MS, sessionAlive } from './session-clock.ts';

const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;

async function signedIn() {
  const s = makeTestServices();
  await s.auth.prepare('admin:rahasia-cabang');
  const { token } = await s.auth.login('admin', 'rahasia-cabang');
  return { s, token, alive: () => s.auth.authenticate(token) !== null };
}

describe('session lifetime on the monotonic clock', () => {
  it('a token issued with the clock 10 years ahead is refused as soon as the clock is corrected', async () => {
    const s = makeTestServices();
    await s.auth.prepare('admin:rahasia-cabang');
    s.clock.jumpWall(10 * YEAR);
    const { token } = await s.auth.login('admin', 'rahasia-cabang');
    expect(s.auth.authenticate(token)?.username).toBe('admin');
    s.clock.jumpWall(-10 * YEAR);
    expect(s.auth.authenticate(token)).toBeNull();
    // Not back to life later either: its wall-clock issue time stays ahead for ten years.
    s.clock.ms += 11 * HOUR;
    expect(s.auth.authenticate(token)).toBeNull();
  });

  it('setting the wall clock a day back does not stretch a session past 12 hours of real time', async () => {
    const { s, alive } = await signedIn();
    s.clock.ms += HOUR;
    // Set back by a day: the stored wall-clock expiry now lies 35 hours ahead …
    s.clock.jumpWall(-24 * HOUR);
    // … but a session issued "in the future" is one the clock cannot vouch for: refused.
    expect(alive()).toBe(false);
  });

  it('a small step back (inside the 5-minute skew) keeps the session, and it still ends after 12 real hours', async () => {
    const { s, alive } = await signedIn();
    s.clock.jumpWall(-(CLOCK_SKEW_MS - 1000));
    expect(alive()).toBe(true);
    s.clock.ms += SESSION_MS - 1;
    expect(alive()).toBe(true);
    s.clock.ms += 1;
    // By the wall clock it would live 5 minutes more; by the monotonic clock it is 12 hours old.
    expect(alive()).toBe(false);
  });

  it('an NTP jump a day forward does not end a session issued an hour ago', async () => {
    const { s, alive } = await signedIn();
    s.clock.ms += HOUR;
    s.clock.jumpWall(24 * HOUR);
    expect(alive()).toBe(true);
    // A sign-in after the jump purges expired sessions: by this run's monotonic clock it is not.
    await s.auth.login('admin', 'rahasia-cabang');
    expect(alive()).toBe(true);
    s.clock.ms += 11 * HOUR;
    expect(alive()).toBe(false);
  });

  it('after a restart (another run) the stored wall-clock expiry decides', async () => {
    const { s, token } = await signedIn();
    const restarted = new AuthService({ db: s.db, now: s.clock.now, passwordCost: TEST_PASSWORD_COST, sessionClock: { wall: s.clock.now, monotonic: () => 0, bootId: 'next-run' } });
    s.clock.ms += 12 * HOUR - 1;
    expect(restarted.authenticate(token)?.username).toBe('admin');
    s.clock.ms += 1;
    expect(restarted.authenticate(token)).toBeNull();
  });

  it('the rule itself: this run by the monotonic clock, an earlier run by the wall clock, never issued ahead', () => {
    const clock = { wall: () => 1_000_000_000, monotonic: () => 50_000, bootId: 'b' };
    const base = { createdAt: 1_000_000_000 - 1000, expiresAt: 1_000_000_000 + 1000 };
    expect(sessionAlive({ ...base, bootId: 'b', issuedMono: 50_000 - SESSION_MS }, clock)).toBe(false);
    expect(sessionAlive({ ...base, bootId: 'b', issuedMono: 50_000 - SESSION_MS + 1 }, clock)).toBe(true);
    expect(sessionAlive({ ...base, expiresAt: 1_000_000_000, bootId: 'a', issuedMono: 49_000 }, clock)).toBe(false);
    expect(sessionAlive({ ...base, bootId: null, issuedMono: null }, clock)).toBe(true);
    expect(sessionAlive({ ...base, createdAt: 1_000_000_000 + CLOCK_SKEW_MS + 1, bootId: 'b', issuedMono: 49_000 }, clock)).toBe(false);
  });
});
