/** Staff accounts and their sessions (token hashes, never tokens). */
import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '../../shared/contracts/http.ts';
import type { Db } from './database.ts';
import { rowParser, sqliteBoolean } from './rows.ts';

export interface StoredUser {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  passwordHash: string;
  disabled: boolean;
}

const user = rowParser(
  'users',
  z
    .object({
      id: z.number().int(),
      username: z.string(),
      display_name: z.string(),
      role: z.enum(STAFF_ROLES),
      password_hash: z.string(),
      disabled: sqliteBoolean,
    })
    .transform(
      (r): StoredUser => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, passwordHash: r.password_hash, disabled: r.disabled }),
    ),
);
const count = rowParser('users', z.object({ n: z.number().int() }));
const issueNo = rowParser('session_issue', z.object({ last: z.number().int() }));
const displayName = rowParser('users', z.object({ id: z.number().int(), display_name: z.string() }));
const sessionIssue = rowParser(
  'sessions',
  z
    .object({ user_id: z.number().int(), created_at: z.number(), expires_at: z.number(), boot_id: z.string().nullable(), issued_mono: z.number().nullable() })
    .transform((r) => ({ userId: r.user_id, createdAt: r.created_at, expiresAt: r.expires_at, bootId: r.boot_id, issuedMono: r.issued_mono })),
);

/** A session that is not revoked, with where it was issued (its age is queue-server/auth/session-clock.ts's to judge). */
export type StoredSession = ReturnType<typeof sessionIssue.one>;

const USER_COLUMNS = 'u.id, u.username, u.display_name, u.role, u.password_hash, u.disabled';

export class UserRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      count: db.prepare('SELECT COUNT(*) AS n FROM users'),
      byName: db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.username = ?`),
      byId: db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`),
      insert: db.prepare('INSERT INTO users (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)'),
      setPasswordHash: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
      list: db.prepare(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.username`),
      displayNames: db.prepare('SELECT id, display_name FROM users'),
      nextIssue: db.prepare('UPDATE session_issue SET last = last + 1 WHERE id = 1 RETURNING last'),
      insertSession: db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, issue_no, boot_id, issued_mono) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      revokeSessions: db.prepare('UPDATE users SET sessions_revoked_through = (SELECT last FROM session_issue WHERE id = 1) WHERE id = ?'),
      deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
      setDisabled: db.prepare('UPDATE users SET disabled = ? WHERE id = ?'),
      liveSession: db.prepare(
        `SELECT s.user_id, s.created_at, s.expires_at, s.boot_id, s.issued_mono FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.token_hash = ? AND u.disabled = 0 AND s.issue_no > u.sessions_revoked_through`,
      ),
      deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      // Sessions of this run age on its monotonic clock; earlier runs' on the wall clock.
      purgeSessions: db.prepare('DELETE FROM sessions WHERE (boot_id IS NOT ? AND expires_at <= ?) OR (boot_id = ? AND issued_mono <= ?)'),
      setRole: db.prepare('UPDATE users SET role = ? WHERE id = ?'),
    };
  }

  count(): number {
    return count.one(this.s.count.get()).n;
  }

  byName(username: string): StoredUser | null {
    return user.maybe(this.s.byName.get(username));
  }

  byId(id: number): StoredUser | null {
    return user.maybe(this.s.byId.get(id));
  }

  /** Answers the new user's id. */
  insert(input: { username: string; displayName: string; role: StaffRole; passwordHash: string; createdAt: number }): number {
    return Number(this.s.insert.run(input.username, input.displayName, input.role, input.passwordHash, input.createdAt).lastInsertRowid);
  }

  setPasswordHash(id: number, hash: string): void {
    this.s.setPasswordHash.run(hash, id);
  }

  all(): StoredUser[] {
    return user.all(this.s.list.all());
  }

  /** Names to show for user ids (the supervisor's overview), without the rest of the account. */
  displayNames(): Map<number, string> {
    return new Map(displayName.all(this.s.displayNames.all()).map((u) => [u.id, u.display_name]));
  }

  /** A new session under the next issue number (monotonic, whatever the wall clock says). */
  insertSession(tokenHash: string, userId: number, at: { createdAt: number; expiresAt: number; bootId: string; issuedMono: number }): void {
    const issued = issueNo.one(this.s.nextIssue.get()).last;
    this.s.insertSession.run(tokenHash, userId, at.createdAt, at.expiresAt, issued, at.bootId, at.issuedMono);
  }

  /** Ends every session of the user issued so far (later sign-ins work again). */
  revokeSessions(userId: number): void {
    this.s.revokeSessions.run(userId);
    this.s.deleteSessionsOf.run(userId);
  }

  setDisabled(userId: number, disabled: boolean): void {
    this.s.setDisabled.run(disabled ? 1 : 0, userId);
  }

  /** The session of an enabled user, not revoked; whether it is still young is the caller's to judge. */
  liveSession(tokenHash: string): StoredSession | null {
    return sessionIssue.maybe(this.s.liveSession.get(tokenHash));
  }

  setRole(userId: number, role: StaffRole): void {
    this.s.setRole.run(role, userId);
  }

  deleteSession(tokenHash: string): void {
    this.s.deleteSession.run(tokenHash);
  }

  /** Drops sessions past their lifetime: `wallNow` for earlier runs, `monoBefore` (issued at or before) for this run. */
  purgeExpired(bootId: string, wallNow: number, monoBefore: number): void {
    this.s.purgeSessions.run(bootId, wallNow, bootId, monoBefore);
  }
}
