/**
 * Head-office administrators: scrypt password hashes, opaque session tokens kept as SHA-256,
 * and a short lockout after repeated wrong passwords (per user name, in memory).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import type { Sql } from './sql.ts';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const SESSION_MS = 12 * 3_600_000;
const LOCK_AFTER = 5;
const LOCK_MS = 60_000;

const tokenHash = (t: string) => createHash('sha256').update(t).digest('hex');

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, COST);
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [, salt = '', hash = ''] = stored.split('$');
  const actual = await scryptAsync(password, Buffer.from(salt, 'hex'), 32, COST);
  const expected = Buffer.from(hash, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const userRow = z.object({ id: z.number(), username: z.string(), display_name: z.string(), password_hash: z.string(), role: z.literal('admin') });

export interface HqUser {
  id: number;
  username: string;
  displayName: string;
  role: 'admin';
}

export class HqAuth {
  private readonly failures = new Map<string, { n: number; until: number }>();

  constructor(
    private readonly sql: Sql,
    private readonly now: () => number,
  ) {}

  /** HQ_BOOTSTRAP_ADMIN=user:password creates the first administrator on an empty store. */
  async bootstrap(spec: string | undefined): Promise<string | null> {
    if (!spec) return null;
    const at = spec.indexOf(':');
    const username = spec.slice(0, at).trim();
    const password = spec.slice(at + 1);
    if (at < 1 || password.length < 10) throw new Error('HQ_BOOTSTRAP_ADMIN harus berbentuk nama:katasandi dengan kata sandi minimal 10 karakter.');
    const [count] = await this.sql.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM hq_users');
    if (Number(count?.n ?? 0) > 0) return null;
    await this.sql.query("INSERT INTO hq_users (username, display_name, password_hash, role, created_at) VALUES ($1, $1, $2, 'admin', $3)", [username, await hashPassword(password), new Date(this.now()).toISOString()]);
    return username;
  }

  async login(username: string, password: string): Promise<{ token: string; user: HqUser }> {
    const lock = this.failures.get(username);
    if (lock && lock.n >= LOCK_AFTER && lock.until > this.now()) throw new AppError({ code: 'auth.rate_limited', message: 'Terlalu banyak percobaan masuk. Tunggu satu menit lalu coba lagi.' });
    const [raw] = await this.sql.query('SELECT id, username, display_name, password_hash, role FROM hq_users WHERE username = $1', [username]);
    const row = raw === undefined ? null : userRow.parse(raw);
    if (!row || !(await passwordMatches(password, row.password_hash))) {
      const n = (lock && lock.until > this.now() ? lock.n : 0) + 1;
      this.failures.set(username, { n, until: this.now() + LOCK_MS });
      throw new AppError({ code: 'auth.invalid_credentials', message: 'Nama pengguna atau kata sandi salah.' });
    }
    this.failures.delete(username);
    const token = randomBytes(32).toString('base64url');
    await this.sql.query('INSERT INTO hq_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), row.id, new Date(this.now() + SESSION_MS).toISOString()]);
    return { token, user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role } };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.sql.query('DELETE FROM hq_sessions WHERE token_hash = $1', [tokenHash(token)]);
  }

  async userOfToken(token: string | undefined): Promise<HqUser | null> {
    if (!token) return null;
    const [raw] = await this.sql.query(
      'SELECT u.id, u.username, u.display_name, u.password_hash, u.role FROM hq_sessions s JOIN hq_users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2',
      [tokenHash(token), new Date(this.now()).toISOString()],
    );
    if (raw === undefined) return null;
    const row = userRow.parse(raw);
    return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
  }
}
