/**
 * Starts a real queue-server process for the board bench and the board/console e2e specs: its own
 * temp data dir, a random port, an admin account, and the Vite build of the pages. It can be
 * stopped and started again on the same port and data (the "server restart" the board must survive).
 * (A shared fixture from the kiosk side can replace this once it exists.)
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { counterSchema, ticketSchema } from '../../kiosk/board/lib/parse.ts';
import type { CounterDto, TicketDto } from '../../shared/contracts/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN = { username: 'admin', password: 'sandi-uji-papan-123' };

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** Builds the pages once into a temp folder (not dist/, which other work may be using). */
export function buildPages(outDir = join(tmpdir(), 'kios-k-board-e2e-dist')): string {
  if (!existsSync(join(outDir, 'board', 'index.html')) || process.env.BOARD_REBUILD !== '0') {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  }
  return outDir;
}

/** The default branch config with some fields replaced (e.g. no 20 s gap between recalls in tests). */
function writeBranchConfig(dir: string, patch: Record<string, unknown>): string {
  const base: unknown = JSON.parse(readFileSync(join(ROOT, 'queue-server/config/branch.default.json'), 'utf8'));
  const merged = typeof base === 'object' && base !== null ? { ...base, ...patch } : patch;
  const path = join(dir, 'branch.json');
  writeFileSync(path, JSON.stringify(merged, null, 2));
  return path;
}

function launch(port: number, dataDir: string, staticDir: string | null, branchConfig: string | null): Promise<{ proc: ChildProcess; port: number }> {
  return new Promise((resolveStart, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'queue-server/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        QUEUE_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`,
        ...(staticDir ? { STATIC_DIR: staticDir } : {}),
        ...(branchConfig ? { BRANCH_CONFIG: branchConfig } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`queue-server did not start:\n${out}`)), 30_000);
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /queue-server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveStart({ proc, port: Number(m[1]) });
      }
    });
    proc.stderr?.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`queue-server exited with ${code}:\n${out}`));
    });
  });
}

function stopProc(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    proc.once('exit', () => done());
    proc.kill('SIGTERM');
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
  });
}

export async function startServer(options: { staticDir?: string | null; configPatch?: Record<string, unknown> } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kios-k-board-data-'));
  const staticDir = options.staticDir ?? null;
  const branchConfig = options.configPatch ? writeBranchConfig(dataDir, options.configPatch) : null;
  let { proc, port } = await launch(0, dataDir, staticDir, branchConfig);
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    stop: () => stopProc(proc),
    async restart() {
      await stopProc(proc);
      ({ proc, port } = await launch(port, dataDir, staticDir, branchConfig));
    },
    async dispose() {
      await stopProc(proc);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A small typed client for driving the server from tests and the bench. */
export class Staff {
  constructor(
    readonly base: string,
    private token = '',
  ) {}

  static async login(base: string): Promise<Staff> {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const body: unknown = await res.json();
    if (!res.ok || typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') throw new Error(`login failed: ${res.status}`);
    return new Staff(base, body.token);
  }

  async post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body ?? {}),
    });
    const text = await res.text();
    const answer: unknown = text ? JSON.parse(text) : null;
    return { status: res.status, body: answer };
  }

  async get(path: string): Promise<unknown> {
    const res = await fetch(`${this.base}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    return res.json();
  }

  async counters(): Promise<CounterDto[]> {
    return z.object({ counters: z.array(counterSchema) }).parse(await this.get('/api/counters')).counters;
  }

  async tickets(): Promise<TicketDto[]> {
    return z.object({ tickets: z.array(ticketSchema) }).parse(await this.get('/api/tickets')).tickets;
  }

  /** Staff action on a ticket; returns the ticket of a 200 answer, null for 204. */
  async ticketPost(path: string, headers: Record<string, string> = {}): Promise<{ status: number; ticket: TicketDto | null }> {
    const r = await this.post(path, {}, headers);
    const parsed = z.object({ ticket: ticketSchema }).safeParse(r.body);
    return { status: r.status, ticket: parsed.success ? parsed.data.ticket : null };
  }

  async issue(serviceId: string): Promise<void> {
    const r = await this.post('/api/tickets', { serviceId });
    if (r.status !== 201) throw new Error(`issue failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
}
