/** Head office for tests: the real app on port 0 over PGlite (in memory) or a throwaway PostgreSQL database. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHqApp } from '../http/app.ts';
import type { IngestHooks } from '../ingest/ingest.ts';
import { HqAuth } from '../store/hq-auth.ts';
import { migrateHq } from '../store/schema.ts';
import { pgliteSql, postgresSql, type Sql } from '../store/sql.ts';

export type StoreKind = 'pglite' | 'postgres';

export async function openHqStore(kind: StoreKind, databaseUrl?: string): Promise<Sql> {
  const sql = kind === 'pglite' ? await pgliteSql(null) : postgresSql(databaseUrl ?? '');
  await migrateHq(sql);
  return sql;
}

export async function startHq(sql: Sql, options: { now?: () => number; hooks?: IngestHooks; staticDir?: string } = {}) {
  const now = options.now ?? Date.now;
  const auth = new HqAuth(sql, now);
  await auth.bootstrap('hqadmin:rahasia-pusat-1');
  const app = createHqApp({ sql, auth, now, ingestHooks: options.hooks, staticDir: options.staticDir, log: () => undefined });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // Longer than any pause of a test between two calls: an idle connection the server closes just
  // as the client reuses it is an ECONNRESET (Node's 5 s default races slow simulation steps).
  server.keepAliveTimeout = 120_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'hqadmin', password: 'rahasia-pusat-1' }) });
  const { token } = (await login.json()) as { token: string };
  const api = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const send = () => fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A read is safe to repeat when the connection broke under it.
    const res = method === 'GET' ? await send().catch(() => send()) : await send();
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  };
  return {
    url,
    token,
    api,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
