/**
 * The head-office store's one seam: PostgreSQL in production (DATABASE_URL, through pg's pool) or
 * the embedded PGlite (PostgreSQL compiled to WebAssembly) in HQ_DATA_DIR when no server is
 * configured, so `npm run hq` works on a fresh machine. The SQL is the same for both.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs fn in one transaction (rolled back if it throws). */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'pglite';
}

export function postgresSql(connectionString: string, max = 10): Sql {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that loses its connection must not take the process down; the pool replaces it.
  pool.on('error', () => undefined);
  const on = (c: pg.Pool | pg.PoolClient): Pick<Sql, 'query'> => ({
    query: async <R,>(text: string, params?: readonly unknown[]) => (await c.query(text, params ? [...params] : undefined)).rows as R[],
  });
  const sql: Sql = {
    kind: 'postgres',
    ...on(pool),
    tx: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const inner: Sql = { ...sql, ...on(client), tx: (f) => f(inner) };
        const result = await fn(inner);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return sql;
}

export async function pgliteSql(dataDir: string | null): Promise<Sql> {
  const db = dataDir === null ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  type Queryable = Pick<PGlite, 'query'>;
  const on = (c: Queryable): Pick<Sql, 'query'> => ({
    query: async <R,>(text: string, params?: readonly unknown[]) => (await c.query<R>(text, params ? [...params] : undefined)).rows,
  });
  const sql: Sql = {
    kind: 'pglite',
    ...on(db),
    tx: (fn) =>
      db.transaction(async (t) => {
        const inner: Sql = { ...sql, ...on(t), tx: (f) => f(inner) };
        return fn(inner);
      }),
    close: () => db.close(),
  };
  return sql;
}
