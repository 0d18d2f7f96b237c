/**
 * A throwaway PostgreSQL server for tests and benchmarks: DATABASE_URL when it is set (CI or a
 * developer's server), otherwise initdb + postgres from Debian's postgresql package in a temporary
 * folder, on a Unix socket only (no TCP port), stopped again by stop(). As root (CI) the cluster
 * runs as the postgres user, because PostgreSQL refuses to run as root.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** A connection string for the maintenance database. */
  adminUrl: string;
  /** A new empty database, dropped by stop(). */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

export const postgresAvailable = (): boolean => Boolean(process.env.DATABASE_URL) || binDir() !== null;

export async function startPostgres(): Promise<PostgresServer> {
  const made: string[] = [];
  let child: ChildProcess | null = null;
  let dir: string | null = null;
  let stopServer: (() => void) | null = null;
  let adminUrl = process.env.DATABASE_URL ?? '';
  if (!adminUrl) {
    const bin = binDir();
    if (!bin) throw new Error('PostgreSQL tidak terpasang (apt-get install postgresql) dan DATABASE_URL tidak diisi.');
    dir = mkdtempSync(join(tmpdir(), 'kiosk-pg-'));
    const asRoot = process.getuid?.() === 0;
    const run = (cmd: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const);
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(dir, uid, gid);
    }
    const data = join(dir, 'data');
    const [initCmd, initArgs] = run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    execFileSync(initCmd, [...initArgs], { stdio: 'ignore' });
    // Benchmark-friendly, throwaway settings: nothing here must survive a crash of the test machine.
    const [pgCmd, pgArgs] = run(join(bin, 'postgres'), ['-D', data, '-k', dir, '-c', "listen_addresses=", '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-p', '5433']);
    child = spawn(pgCmd, [...pgArgs], { stdio: 'ignore' });
    // Through runuser a signal to the child does not reach postgres: pg_ctl stops it by its pid file.
    const [stopCmd, stopArgs] = run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-s']);
    stopServer = () => execFileSync(stopCmd, [...stopArgs], { stdio: 'ignore' });
    adminUrl = `postgresql://postgres@/postgres?host=${encodeURIComponent(dir)}&port=5433`;
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.end();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }
  const admin = async <T,>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    adminUrl,
    async newDatabase() {
      const name = `hq_test_${process.pid}_${made.length}_${Date.now() % 100000}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      made.push(name);
      return adminUrl.replace(/^(postgres(?:ql)?:\/\/[^/]*\/)([^?]*)/, `$1${name}`);
    },
    async stop() {
      if (process.env.DATABASE_URL) {
        for (const name of made) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => undefined);
      }
      if (child) {
        const running = child.exitCode === null && child.signalCode === null;
        const exited = running ? new Promise((r) => child?.once('exit', r)) : Promise.resolve();
        try {
          stopServer?.();
        } catch {
          child.kill('SIGKILL');
        }
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
