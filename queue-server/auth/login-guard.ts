/**
 * What stands in front of the password check: the lockout (per address AND account) and, since
 * item 2 of issue 11, the rate limits. Everything here is decided synchronously BEFORE the slow
 * hash starts, so parallel guesses each count: the attempt is booked first, and only a correct
 * password gives it back.
 *
 * Keyed by address and account so five wrong passwords from a visitor's phone lock that phone
 * out of that account, not the officer signing in at their counter.
 *
 * Rate limits over a sliding minute, also before the hash: per address (one phone cannot make the
 * server hash more than that, whatever names it tries) and per account (many phones together
 * cannot guess one officer's password quickly). The per-account limit does not apply to an
 * address where that account signed in successfully before, so a flood from elsewhere does not
 * keep the officer out at their own counter.
 */
import { AppError } from '../../shared/errors.ts';

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 60_000;
const WINDOW_MS = 60_000;

export interface LoginLimits {
  /** Sign-in attempts per address per minute, whatever the names. */
  perAddress: number;
  /** Attempts per account per minute from addresses it has not signed in from. */
  perAccount: number;
}
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAddress: 30, perAccount: 20 };

interface Failures {
  count: number;
  lockedUntil: number;
}

const rateLimited = (waitMs: number) =>
  new AppError({ code: 'auth.rate_limited', message: `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.max(1, Math.ceil(waitMs / 1000))} detik.` });

export class LoginGuard {
  private readonly failures = new Map<string, Failures>();
  private readonly byAddress = new Map<string, number[]>();
  private readonly byAccount = new Map<string, number[]>();
  /** When each address's refusals were last written to the audit trail (once a minute is enough). */
  private readonly refusalRecorded = new Map<string, number>();
  /** (address, account) pairs that signed in successfully: exempt from the per-account limit. */
  private readonly trusted = new Set<string>();

  constructor(
    private readonly now: () => number,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Throws when `key` already made `limit` attempts in the last minute. */
  private checkWindow(windows: Map<string, number[]>, key: string, limit: number, now: number): number[] {
    const recent = (windows.get(key) ?? []).filter((at) => at > now - WINDOW_MS && at <= now);
    if (recent.length >= limit) throw rateLimited((recent[0] ?? now) + WINDOW_MS - now);
    return recent;
  }

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
    const account_ = account.toLowerCase();
    const fromAddress = this.checkWindow(this.byAddress, address, this.limits.perAddress, now);
    const trusted = this.trusted.has(key);
    const onAccount = trusted ? null : this.checkWindow(this.byAccount, account_, this.limits.perAccount, now);
    const f = this.failures.get(key) ?? { count: 0, lockedUntil: 0 };
    if (f.lockedUntil > now) throw rateLimited(f.lockedUntil - now);
    this.byAddress.set(address, [...fromAddress, now]);
    if (onAccount) this.byAccount.set(account_, [...onAccount, now]);
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
    if (this.byAddress.size > 10_000) this.byAddress.clear();
    if (this.byAccount.size > 10_000) this.byAccount.clear();
  }

  /**
   * Whether a refused attempt from `address` should go to the audit trail: the first of each
   * minute does, the rest of a flood does not (each would be a durable write, an fsync, that
   * ticket issuance then queues behind). The attempts are refused all the same.
   */
  shouldRecordRefusal(address: string): boolean {
    const now = this.now();
    const last = this.refusalRecorded.get(address);
    if (last !== undefined && last > now - WINDOW_MS && last <= now) return false;
    if (this.refusalRecorded.size > 10_000) this.refusalRecorded.clear();
    this.refusalRecorded.set(address, now);
    return true;
  }

  /** A correct password: this pair's booked attempts are forgiven. */
  succeeded(address: string, account: string): void {
    const key = LoginGuard.key(address, account);
    this.failures.delete(key);
    if (this.trusted.size > 10_000) this.trusted.clear();
    this.trusted.add(key);
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
    this.byAccount.delete(account.toLowerCase());
    return n;
  }

  private dropExpired(now: number): void {
    for (const [key, f] of this.failures) if (f.lockedUntil !== 0 && f.lockedUntil <= now) this.failures.delete(key);
  }
}
