/**
 * What stands in front of the password check: the lockout (per address AND account) and, since
 * item 2 of issue 11, the rate limits. Everything here is decided synchronously BEFORE the slow
 * hash starts, so parallel guesses each count: the attempt is booked first, and only a correct
 * password gives it back.
 *
 * Keyed by address and account so five wrong passwords from a visitor's phone lock that phone
 * out of that account, not the officer signing in at their counter.
 */
import { AppError } from '../../shared/errors.ts';

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 60_000;

interface Failures {
  count: number;
  lockedUntil: number;
}

const rateLimited = (waitMs: number) =>
  new AppError({ code: 'auth.rate_limited', message: `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.max(1, Math.ceil(waitMs / 1000))} detik.` });

export class LoginGuard {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number) {}

  private static key(address: string, account: string): string {
    return `${address}|${account.toLowerCase()}`;
  }

  /**
   * Books one attempt for (address, account), or throws auth.rate_limited when that pair is
   * locked. Call before hashing; call succeeded() after a correct password.
   */
  book(address: string, account: string): void {
    const now = this.now();
    const key = LoginGuard.key(address, account);
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
    if (f.lockedUntil > now) throw rateLimited(f.lockedUntil - now);
    if (f.lockedUntil !== 0) {
      // The lock ran out: a fresh set of attempts.
      f.count = 0;
      f.lockedUntil = 0;
    }
    f.count += 1;
    if (f.count >= MAX_FAILURES) f.lockedUntil = now + LOCKOUT_MS;
    this.failures.set(key, f);
    // Bounded memory: a flood of made-up usernames cannot grow the map without end.
    if (this.failures.size > 10_000) this.dropExpired(now);
  }

  /** A correct password: this pair's booked attempts are forgiven. */
  succeeded(address: string, account: string): void {
    this.failures.delete(LoginGuard.key(address, account));
  }

  /** A supervisor's or administrator's unlock: every address's lock on this account goes. Answers how many. */
  unlock(account: string): number {
    const suffix = `|${account.toLowerCase()}`;
    let n = 0;
    for (const key of [...this.failures.keys()]) {
      if (key.endsWith(suffix)) {
        this.failures.delete(key);
        n += 1;
      }
    }
    return n;
  }

  private dropExpired(now: number): void {
    for (const [key, f] of this.failures) if (f.lockedUntil !== 0 && f.lockedUntil <= now) this.failures.delete(key);
  }
}
