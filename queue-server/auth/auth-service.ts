/**
 * Staff accounts and sessions. No default password exists: the first administrator comes from
 * QUEUE_BOOTSTRAP_ADMIN or from a one-time setup code printed on the server console. Sessions are
 * stored (hashed) in SQLite so a restart does not sign every officer out mid-shift.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { StaffRole } from '../../shared/contracts/http.ts';
import { AppError } from '../../shared/errors.ts';
import type { Db } from '../store/database.ts';
import { UserRepository, type StoredUser } from '../store/user-repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
}

const SESSION_HOURS = 12;
const MAX_FAILURES = 5;
const LOCKOUT_MS = 60_000;
// Compared against when the user does not exist, so a wrong username costs as long as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function toUser(stored: StoredUser): StaffUser {
  return { id: stored.id, username: stored.username, displayName: stored.displayName, role: stored.role };
}

export class AuthService {
  private readonly store;
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  /** Present only while no user exists and no bootstrap admin was given. */
  setupCode: string | null = null;

  /** audit: sign-ins, failures, sign-outs and new accounts go to the audit trail (with the change). */
  constructor(private readonly d: { db: Db; now: () => number; audit?: AuditTrail }) {
    this.store = new UserRepository(d.db);
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
    const hash = await hashPassword(input.password);
    // Checked again after the await: another request may have taken the name meanwhile.
    if (this.store.byName(input.username)) throw new AppError({ code: 'user.exists', message: `Nama pengguna "${input.username}" sudah dipakai.` });
    const id = this.inTransaction(() => {
      const newId = this.store.insert({ username: input.username, displayName: input.displayName, role: input.role, passwordHash: hash, createdAt: this.d.now() });
      this.d.audit?.record({ action: 'user.created', actor: by, subject: `user:${input.username}`, detail: { role: input.role } });
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

  async login(username: string, password: string): Promise<{ token: string; user: StaffUser }> {
    const now = this.d.now();
    const key = username.toLowerCase();
    const f = this.failures.get(key);
    if (f && f.lockedUntil > now) {
      this.recordFailure(username, 'locked');
      throw new AppError({ code: 'auth.rate_limited', message: `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil((f.lockedUntil - now) / 1000)} detik.` });
    }
    const row = this.store.byName(username);
    const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok || row.disabled) {
      const count = (f?.count ?? 0) + 1;
      this.failures.set(key, { count: count >= MAX_FAILURES ? 0 : count, lockedUntil: count >= MAX_FAILURES ? now + LOCKOUT_MS : 0 });
      this.recordFailure(row ? row.username : null, !row ? 'unknown_user' : row.disabled ? 'disabled' : 'wrong_password');
      throw new AppError({ code: 'auth.invalid_credentials', message: 'Nama pengguna atau kata sandi salah.' });
    }
    this.failures.delete(key);
    const token = randomBytes(32).toString('base64url');
    this.inTransaction(() => {
      this.store.purgeSessionsExpiredBy(now);
      this.store.insertSession(sha256(token), row.id, now, now + SESSION_HOURS * 3_600_000);
      this.d.audit?.record({ action: 'auth.login', actor: row.username, subject: `user:${row.username}`, detail: { role: row.role } });
    });
    return { token, user: toUser(row) };
  }

  authenticate(token: string): StaffUser | null {
    const row = this.store.userOfSession(sha256(token), this.d.now());
    return row ? toUser(row) : null;
  }

  logout(token: string): void {
    this.inTransaction(() => {
      const user = this.authenticate(token);
      this.store.deleteSession(sha256(token));
      if (user) this.d.audit?.record({ action: 'auth.logout', actor: user.username, subject: `user:${user.username}` });
    });
  }

  /**
   * A failed sign-in names the account only when it exists: a name nobody has may be a password
   * typed into the wrong field, so it is never stored.
   */
  private recordFailure(knownUsername: string | null, reason: 'unknown_user' | 'wrong_password' | 'disabled' | 'locked'): void {
    const known = knownUsername !== null && this.store.byName(knownUsername) ? knownUsername : null;
    this.d.audit?.record({ action: 'auth.login_failed', actor: known ?? '(tidak dikenal)', subject: known ? `user:${known}` : null, detail: { reason } });
  }

  private inTransaction<T>(fn: () => T): T {
    return this.d.db.transaction(fn).immediate();
  }

  users(): StaffUser[] {
    return this.store.all().map(toUser);
  }
}
