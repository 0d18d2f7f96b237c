/**
 * Staff accounts and sessions. No default password exists: the first administrator comes from
 * QUEUE_BOOTSTRAP_ADMIN or from a one-time setup code printed on the server console. Sessions are
 * stored (hashed) in SQLite so a restart does not sign every officer out mid-shift.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { StaffRole } from '../../shared/contracts/http.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { AuditRepository } from '../store/audit-repository.ts';
import { UserRepository, type StoredUser } from '../store/user-repository.ts';
import { HashSlots } from './hash-slots.ts';
import { LoginGuard, type LoginLimits } from './login-guard.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import { dummyHash, hashPassword, needsRehash, OWASP_SCRYPT_COST, verifyPassword, type ScryptCost } from './passwords.ts';
import { SESSION_MS, sessionAlive, systemSessionClock, type SessionClock } from './session-clock.ts';
import type { SessionEndReason } from '../../shared/contracts/sessions.ts';

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
}

/** Sessions that just ended (all of a user's, or one by its key): live streams opened with them close at once. */
export interface SessionsEnded {
  userId: number;
  /** One session only (a sign-out); absent: every session of the user. */
  key?: string;
  reason: SessionEndReason;
}
/** Refused sign-ins held at once (timers and open connections); past this they are answered at once. */
const MAX_HELD_REFUSALS = 1_000;
const REFUSAL_DELAY_MS = 1_000;
/** Where a login came from when the caller does not say (tests, the setup flow). */
const LOCAL = 'local';

export interface AuthOptions {
  db: Db;
  now: () => number;
  /** The scrypt cost of new hashes (OWASP's by default; tests pass a cheaper one to run fast). */
  passwordCost?: ScryptCost;
  /** Hashes at once, and waiting (see hash-slots.ts). */
  hashSlots?: { slots: number; queue: number };
  limits?: LoginLimits;
  /**
   * How long a refused sign-in (rate limit, lock) is held before it is answered: a flood's workers
   * then ask once a second each instead of as fast as the server can refuse, so the refusals cost
   * the branch nearly nothing. At most MAX_HELD_REFUSALS are held at once; tests pass 0.
   */
  refusalDelayMs?: number;
  /** The audit trail: sign-ins, failures, sign-outs and new accounts, written with the change. */
  trail?: AuditTrail;
  /** Where sessions are issued and age (session-clock.ts); the wall clock `now` with this run's monotonic clock by default. */
  sessionClock?: SessionClock;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function toUser(stored: StoredUser): StaffUser {
  return { id: stored.id, username: stored.username, displayName: stored.displayName, role: stored.role };
}

export class AuthService {
  private readonly store;
  private readonly guard;
  private readonly audit;
  /** Present only while no user exists and no bootstrap admin was given. */
  setupCode: string | null = null;
  private heldRefusals = 0;

  private readonly cost: ScryptCost;
  private readonly slots: HashSlots;
  /** Compared against when the user does not exist, so a wrong username costs as long as a wrong password. */
  private readonly dummy: string;
  private readonly clock: SessionClock;
  private readonly endListeners = new Set<(ended: SessionsEnded) => void>();

  constructor(private readonly d: AuthOptions) {
    this.store = new UserRepository(d.db);
    this.guard = new LoginGuard(d.now, d.limits);
    this.cost = d.passwordCost ?? OWASP_SCRYPT_COST;
    // One hash at a time: on a two-core branch machine a flood then holds at most one core, never the event loop's.
    this.slots = new HashSlots(d.hashSlots?.slots ?? 1, d.hashSlots?.queue ?? 16);
    this.dummy = dummyHash(this.cost);
    this.audit = new AuditRepository(d.db);
    this.clock = d.sessionClock ?? systemSessionClock(d.now);
  }

  /** Told after sessions end (the staff event stream closes those it serves). Answers the unsubscribe. */
  onSessionsEnded(listener: (ended: SessionsEnded) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  private ended(ended: SessionsEnded): void {
    for (const listener of this.endListeners) listener(ended);
  }

  hasUsers(): boolean {
    return this.store.count() > 0;
  }

  /** Called at start-up: creates the bootstrap admin, or makes a setup code when none can be made. */
  async prepare(bootstrapAdmin: string | undefined): Promise<{ created?: string; setupCode?: string }> {
    if (this.hasUsers()) return {};
    if (bootstrapAdmin) {
      const colon = bootstrapAdmin.indexOf(':');
      const username = bootstrapAdmin.slice(0, colon);
      const password = bootstrapAdmin.slice(colon + 1);
      if (colon < 1 || password.length === 0) {
        throw new Error('QUEUE_BOOTSTRAP_ADMIN harus berbentuk nama:katasandi');
      }
      await this.createUser({ username, password, displayName: 'Administrator', role: 'admin' });
      return { created: username };
    }
    this.setupCode = Array.from({ length: 8 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[randomInt(32)]).join('');
    return { setupCode: this.setupCode };
  }

  /** by: the administrator who made the account (the audit trail's actor); 'system' at first start. */
  async createUser(input: { username: string; password: string; displayName: string; role: StaffRole }, by = 'system'): Promise<StaffUser> {
    if (this.store.byName(input.username)) {
      throw new AppError({ code: 'user.exists', message: `Nama pengguna "${input.username}" sudah dipakai.` });
    }
    const hash = await this.slots.run(() => hashPassword(input.password, this.cost));
    // Checked again after the await: another request may have taken the name meanwhile.
    if (this.store.byName(input.username)) throw new AppError({ code: 'user.exists', message: `Nama pengguna "${input.username}" sudah dipakai.` });
    const id = this.inTransaction(() => {
      const newId = this.store.insert({ username: input.username, displayName: input.displayName, role: input.role, passwordHash: hash, createdAt: this.d.now() });
      this.d.trail?.record({ action: 'user.created', actor: by, subject: `user:${input.username}`, detail: { role: input.role } });
      return newId;
    });
    return { id, username: input.username, displayName: input.displayName, role: input.role };
  }

  async setup(input: { code: string; username: string; password: string }): Promise<{ token: string; user: StaffUser }> {
    if (this.setupCode === null || this.hasUsers()) {
      throw new AppError({ code: 'auth.setup_done', message: 'Penyiapan awal sudah selesai. Masuk dengan akun administrator.' });
    }
    if (input.code.toUpperCase() !== this.setupCode) throw new AppError({ code: 'auth.setup_code_wrong', message: 'Kode penyiapan salah. Lihat kode di layar konsol server.' });
    this.setupCode = null;
    await this.createUser({ username: input.username, password: input.password, displayName: 'Administrator', role: 'admin' });
    return this.login(input.username, input.password);
  }

  async login(username: string, password: string, address = LOCAL): Promise<{ token: string; user: StaffUser }> {
    // Booked before the slow hash, so a hundred parallel guesses are a hundred attempts.
    try {
      this.guard.book(address, username);
    } catch (error) {
      if (this.guard.shouldRecordRefusal(address)) this.recordFailure(username, 'locked');
      await this.holdRefusal();
      throw error;
    }
    const row = this.store.byName(username);
    const ok = await this.slots.run(() => verifyPassword(password, row?.passwordHash ?? this.dummy));
    if (!row || !ok || row.disabled) {
      this.recordFailure(row ? row.username : null, !row ? 'unknown_user' : row.disabled ? 'disabled' : 'wrong_password');
      throw new AppError({ code: 'auth.invalid_credentials', message: 'Nama pengguna atau kata sandi salah.' });
    }
    this.guard.succeeded(address, username);
    if (needsRehash(row.passwordHash, this.cost)) {
      // An older, cheaper hash: replaced now that the password is known to be right.
      this.store.setPasswordHash(row.id, await this.slots.run(() => hashPassword(password, this.cost)));
    }
    return this.issueSession(row);
  }

  /** The tarpit before a refusal's answer (see refusalDelayMs), bounded in how many it holds. */
  private async holdRefusal(): Promise<void> {
    const delay = this.d.refusalDelayMs ?? REFUSAL_DELAY_MS;
    if (delay <= 0 || this.heldRefusals >= MAX_HELD_REFUSALS) return;
    this.heldRefusals += 1;
    try {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
    } finally {
      this.heldRefusals -= 1;
    }
  }

  private issueSession(row: StoredUser): { token: string; user: StaffUser } {
    const now = this.clock.wall();
    const mono = this.clock.monotonic();
    const token = randomBytes(32).toString('base64url');
    this.inTransaction(() => {
      this.store.purgeExpired(this.clock.bootId, now, mono - SESSION_MS);
      this.store.insertSession(sha256(token), row.id, { createdAt: now, expiresAt: now + SESSION_MS, bootId: this.clock.bootId, issuedMono: mono });
      this.d.trail?.record({ action: 'auth.login', actor: row.username, subject: `user:${row.username}`, detail: { role: row.role } });
    });
    return { token, user: toUser(row) };
  }

  authenticate(token: string): StaffUser | null {
    return this.authenticateSession(token)?.user ?? null;
  }

  /** The user of a live session and the session's key (its token's hash), or null; its age is session-clock.ts's rule. */
  authenticateSession(token: string): { user: StaffUser; key: string } | null {
    const key = sha256(token);
    const session = this.store.liveSession(key);
    if (!session || !sessionAlive(session, this.clock)) return null;
    const row = this.store.byId(session.userId);
    return row ? { user: toUser(row), key } : null;
  }

  logout(token: string): void {
    const user = this.inTransaction(() => {
      const signedIn = this.authenticate(token);
      this.store.deleteSession(sha256(token));
      if (signedIn) this.d.trail?.record({ action: 'auth.logout', actor: signedIn.username, subject: `user:${signedIn.username}` });
      return signedIn;
    });
    if (user) this.ended({ userId: user.id, key: sha256(token), reason: 'signed_out' });
  }

  /**
   * A failed sign-in names the account only when it exists: a name nobody has may be a password
   * typed into the wrong field, so it is never stored.
   */
  private recordFailure(knownUsername: string | null, reason: 'unknown_user' | 'wrong_password' | 'disabled' | 'locked'): void {
    const known = knownUsername !== null && this.store.byName(knownUsername) ? knownUsername : null;
    this.d.trail?.record({ action: 'auth.login_failed', actor: known ?? '(tidak dikenal)', subject: known ? `user:${known}` : null, detail: { reason } });
  }

  private inTransaction<T>(fn: () => T): T {
    return this.d.db.transaction(fn).immediate();
  }

  /** Lifts every sign-in lock on an account (a supervisor or administrator, for an officer locked out). */
  unlock(userId: number, by: string): { username: string; cleared: number } {
    const row = this.store.byId(userId);
    if (!row) throw new AppError({ code: 'user.not_found', message: `Akun petugas #${userId} tidak ditemukan.` });
    const cleared = this.guard.unlock(row.username);
    this.audit.insert({ at: this.d.now(), actor: by, action: 'user.unlock', detail: { username: row.username, cleared } });
    return { username: row.username, cleared };
  }

  /** Every account with whether it is disabled (the administrator's list). */
  accounts(): Array<StaffUser & { disabled: boolean }> {
    return this.store.all().map((u) => ({ ...toUser(u), disabled: u.disabled }));
  }

  /** Disabled: no sign-in, and every session ends at once. An administrator cannot lock themself out. */
  setDisabled(userId: number, disabled: boolean, by: { userId: number | null; username: string }): StaffUser & { disabled: boolean } {
    const row = this.account(userId);
    if (disabled && by.userId === userId) throw new AppError({ code: 'user.self', message: 'Anda tidak dapat menonaktifkan akun Anda sendiri.' });
    this.d.db.transaction(() => {
      this.store.setDisabled(userId, disabled);
      if (disabled) this.store.revokeSessions(userId);
      this.audit.insert({ at: this.d.now(), actor: by.username, action: disabled ? 'user.disable' : 'user.enable', detail: { username: row.username } });
    })();
    if (disabled) this.ended({ userId, reason: 'disabled' });
    return { ...toUser(row), disabled };
  }

  /** An administrator sets a new password for an officer; the officer's sessions end. */
  async resetPassword(userId: number, password: string, by: string): Promise<StaffUser> {
    const row = this.account(userId);
    const hash = await this.slots.run(() => hashPassword(password, this.cost));
    this.d.db.transaction(() => {
      this.store.setPasswordHash(userId, hash);
      this.store.revokeSessions(userId);
      this.audit.insert({ at: this.d.now(), actor: by, action: 'user.password_reset', detail: { username: row.username } });
    })();
    this.ended({ userId, reason: 'password_reset' });
    this.guard.unlock(row.username);
    return toUser(row);
  }

  /** The officer's own change: the current password first; every session ends and a new one starts here. */
  async changeOwnPassword(userId: number, current: string, next: string, address = LOCAL): Promise<{ token: string; user: StaffUser }> {
    const row = this.account(userId);
    this.guard.book(address, row.username);
    const ok = await this.slots.run(() => verifyPassword(current, row.passwordHash));
    if (!ok) throw new AppError({ code: 'auth.password_wrong', message: 'Kata sandi saat ini salah.' });
    this.guard.succeeded(address, row.username);
    const hash = await this.slots.run(() => hashPassword(next, this.cost));
    this.d.db.transaction(() => {
      this.store.setPasswordHash(userId, hash);
      this.store.revokeSessions(userId);
      this.audit.insert({ at: this.d.now(), actor: row.username, action: 'user.password_change', detail: {} });
    })();
    this.ended({ userId, reason: 'password_changed' });
    return this.issueSession(row);
  }

  /** "Keluar dari semua perangkat": every session of the user ends, this one included. */
  signOutEverywhere(userId: number): void {
    this.store.revokeSessions(userId);
    this.ended({ userId, reason: 'signed_out_everywhere' });
  }

  /**
   * An administrator changes an officer's role. The officer's sessions end, so every page they
   * have open signs in again under the new role. Not one's own (an administrator cannot demote
   * themself and leave the branch without one).
   */
  setRole(userId: number, role: StaffRole, by: { userId: number | null; username: string }): StaffUser & { disabled: boolean } {
    const row = this.account(userId);
    if (by.userId === userId) throw new AppError({ code: 'user.self', message: 'Anda tidak dapat mengubah peran akun Anda sendiri.' });
    if (row.role === role) return { ...toUser(row), disabled: row.disabled };
    this.d.db.transaction(() => {
      this.store.setRole(userId, role);
      this.store.revokeSessions(userId);
      this.audit.insert({ at: this.d.now(), actor: by.username, action: 'user.role_changed', detail: { username: row.username, from: row.role, to: role } });
    })();
    this.ended({ userId, reason: 'role_changed' });
    return { ...toUser(row), role, disabled: row.disabled };
  }

  private account(userId: number): StoredUser {
    const row = this.store.byId(userId);
    if (!row) throw new AppError({ code: 'user.not_found', message: `Akun petugas #${userId} tidak ditemukan.` });
    return row;
  }

  users(): StaffUser[] {
    return this.store.all().map(toUser);
  }
}
