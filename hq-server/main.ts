/**
 * The head-office server: `npm run hq`. PORT (default 8090), HQ_DATA_DIR (default ./data-hq, the
 * embedded PGlite store when no DATABASE_URL is given), DATABASE_URL (PostgreSQL), HQ_BOOTSTRAP_ADMIN
 * (user:password, creates the first administrator on an empty store), HQ_STATIC_DIR (the Vite
 * build with the head-office page, default ./dist), HQ_PERSON_KEY (64 hex: the national key for person
 * hashes; without it one is made and kept in the store). Prints "hq-server listening on http://…".
 */
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHqApp } from './http/app.ts';
import { personKey } from './store/config-store.ts';
import { HqAuth } from './store/hq-auth.ts';
import { migrateHq } from './store/schema.ts';
import { pgliteSql, postgresSql, type Sql } from './store/sql.ts';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8090);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT tidak valid: ${process.env.PORT}`);
  const dataDir = resolve(process.env.HQ_DATA_DIR ?? 'data-hq');
  let sql: Sql;
  if (process.env.DATABASE_URL) {
    sql = postgresSql(process.env.DATABASE_URL);
  } else {
    mkdirSync(dataDir, { recursive: true });
    sql = await pgliteSql(join(dataDir, 'pglite'));
  }
  await migrateHq(sql);
  const auth = new HqAuth(sql, Date.now);
  const created = await auth.bootstrap(process.env.HQ_BOOTSTRAP_ADMIN);
  if (created) console.log(`Administrator kantor pusat "${created}" dibuat dari HQ_BOOTSTRAP_ADMIN.`);
  // Checked now, not at the first pull: a malformed HQ_PERSON_KEY stops the start with a message.
  await personKey(sql, process.env.HQ_PERSON_KEY, new Date());
  const app = createHqApp({ sql, auth, now: Date.now, staticDir: resolve(process.env.HQ_STATIC_DIR ?? 'dist'), personKeyHex: process.env.HQ_PERSON_KEY });
  const server = app.listen(port, process.env.HOST ?? '0.0.0.0', () => {
    const { port: actual } = server.address() as AddressInfo;
    console.log(`hq-server listening on http://127.0.0.1:${actual}`);
    console.log(sql.kind === 'postgres' ? 'Penyimpanan: PostgreSQL (DATABASE_URL)' : `Penyimpanan: PGlite di ${join(dataDir, 'pglite')}`);
  });
  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void sql.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
