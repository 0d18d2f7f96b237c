/**
 * Helpers shared by the board bench and the board/console/supervisor e2e specs. The server
 * process itself comes from the shared launchers (test/support/server-process.ts for benches,
 * test/e2e/fixtures/queue-server.ts for browser tests); this adds what those specs need on top:
 * a fresh build of the pages, a patched branch config, and a small typed staff client.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { z } from 'zod';
import { counterDtoSchema as counterSchema } from '../../shared/contracts/counters.ts';
import { ticketDtoSchema as ticketSchema } from '../../shared/contracts/tickets.ts';
import type { CounterDto, TicketDto } from '../../shared/contracts/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the board, console and supervisor pages (and the public/ clips) into a temp folder
 * served via STATIC_DIR: the specs test the code as it is now rather than a dist/ left from an
 * older build, never clobber a dist/ (or a parallel run) someone else is using, and do not fail
 * because another page in the shared tree is half-written.
 */
export async function buildPages(outDir = join(tmpdir(), `kios-k-board-e2e-dist-${process.pid}`)): Promise<string> {
  const root = join(ROOT, 'kiosk');
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: Object.fromEntries(['board', 'counter', 'supervisor'].map((page) => [page, join(root, page, 'index.html')])) },
    },
  });
  return outDir;
}

/** The default branch config with some top-level fields replaced (e.g. no 20 s gap between recalls). */
export function writeBranchConfig(patch: Record<string, unknown>): string {
  const base: unknown = JSON.parse(readFileSync(join(ROOT, 'queue-server/config/branch.default.json'), 'utf8'));
  const merged = typeof base === 'object' && base !== null ? { ...base, ...patch } : patch;
  const path = join(mkdtempSync(join(tmpdir(), 'kios-k-branch-')), 'branch.json');
  writeFileSync(path, JSON.stringify(merged, null, 2));
  return path;
}

/** A small typed client for driving the server from tests and the bench. */
export class Staff {
  constructor(
    readonly base: string,
    private readonly token: string,
  ) {}

  static async login(base: string, credentials: { username: string; password: string }): Promise<Staff> {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
    const parsed = z.object({ token: z.string().min(1) }).safeParse(await res.json());
    if (!res.ok || !parsed.success) throw new Error(`login failed: ${res.status}`);
    return new Staff(base, parsed.data.token);
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
