/**
 * How long a session lives, decided without trusting the wall clock (issue 11: "a token issued
 * with the clock 10 years ahead stays valid for 10 years").
 *
 * Each session records where it was issued: the server run (`bootId`, new at every start) and the
 * run's monotonic clock (`issuedMono`, performance.now(), which no one can set). Then:
 *   - issued in THIS run: its age is the monotonic clock's difference, so setting the wall clock
 *     back does not stretch it and an NTP jump forward does not cut it short;
 *   - issued in an EARLIER run (the server restarted mid-shift): only the wall clock is left, so
 *     its stored expiry decides;
 *   - either way a session whose wall-clock issue time lies more than five minutes ahead of now
 *     was made while the clock ran ahead: once the clock is corrected it is refused, instead of
 *     living for as long as the clock was off.
 * Revocation (disable, password change, sign out everywhere) is separate and never uses a clock:
 * the monotonic issue number of user-repository.ts.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

export const SESSION_MS = 12 * 3_600_000;
/** How far ahead of now a session's issue time may be before the clock it was issued on is deemed wrong. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export interface SessionClock {
  /** The wall clock (ms since the epoch), possibly wrong. */
  wall: () => number;
  /** This run's monotonic clock (ms), never set back. */
  monotonic: () => number;
  /** Names this run of the server; a session from another run has no monotonic reference. */
  bootId: string;
}

export function systemSessionClock(wall: () => number): SessionClock {
  return { wall, monotonic: () => performance.now(), bootId: randomUUID() };
}

export interface SessionIssue {
  createdAt: number;
  expiresAt: number;
  bootId: string | null;
  issuedMono: number | null;
}

export function sessionAlive(issue: SessionIssue, clock: SessionClock): boolean {
  const wallNow = clock.wall();
  if (issue.createdAt > wallNow + CLOCK_SKEW_MS) return false;
  if (issue.bootId === clock.bootId && issue.issuedMono !== null) return clock.monotonic() - issue.issuedMono < SESSION_MS;
  return issue.expiresAt > wallNow;
}
