/**
 * Bench: 20 boards (SSE clients) on a real queue-server over loopback; for each call-next, the
 * time from the HTTP answer reaching the CSO to the ticket.called event reaching every board.
 * Run: npm run bench:board   (CALLS=200 BOARDS=20 to change the load)
 * A negative time means the event reached the board before the officer's answer did.
 */
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../support/server-process.ts';
import { Staff } from './board-server.ts';

const BOARDS = Number(process.env.BOARDS ?? 20);
const CALLS = Number(process.env.CALLS ?? 200);

interface Board {
  seen: Map<string, number>;
  waiters: Map<string, () => void>;
  close: () => void;
}

async function connectBoard(base: string): Promise<Board> {
  const ac = new AbortController();
  const res = await fetch(`${base}/api/events`, { signal: ac.signal, headers: { accept: 'text/event-stream' } });
  if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
  const board: Board = { seen: new Map(), waiters: new Map(), close: () => ac.abort() };
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (!frame.includes('event: ticket.called') || !data) continue;
          const parsed: unknown = JSON.parse(data.slice(6));
          const id = ticketIdOf(parsed, 'data');
          if (!id) continue;
          board.seen.set(id, at);
          board.waiters.get(id)?.();
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  return board;
}

/** event.data.ticket.id (SSE) or body.ticket.id (HTTP answer), without trusting the shape. */
function ticketIdOf(value: unknown, wrapper?: 'data'): string | null {
  const inner = wrapper && typeof value === 'object' && value !== null && 'data' in value ? value.data : value;
  if (typeof inner !== 'object' || inner === null || !('ticket' in inner)) return null;
  const t = inner.ticket;
  return typeof t === 'object' && t !== null && 'id' in t && typeof t.id === 'string' ? t.id : null;
}

const arrived = (b: Board, id: string): Promise<void> =>
  b.seen.has(id) ? Promise.resolve() : new Promise((r) => b.waiters.set(id, r));

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const admin = { username: 'bench-admin', password: 'bench-board-password' };
const dataDir = mkdtempSync(join(tmpdir(), 'kios-k-board-bench-'));
const server = await startServerProcess({ DATA_DIR: dataDir, QUEUE_BOOTSTRAP_ADMIN: `${admin.username}:${admin.password}` });
try {
  const staff = await Staff.login(server.url, admin);
  await staff.post('/api/counters/loket-1/open');
  for (let i = 0; i < CALLS; i++) await staff.issue('jht');
  const boards = await Promise.all(Array.from({ length: BOARDS }, () => connectBoard(server.url)));
  const perBoard: number[] = [];
  const lastBoard: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const r = await staff.post('/api/counters/loket-1/call-next', {}, { 'idempotency-key': `bench-call-${i}-${Date.now()}` });
    const answeredAt = performance.now();
    const id = ticketIdOf(r.body);
    if (r.status !== 200 || !id) throw new Error(`call-next ${r.status}`);
    await Promise.all(boards.map((b) => arrived(b, id)));
    const deltas = boards.map((b) => (b.seen.get(id) ?? Number.NaN) - answeredAt);
    perBoard.push(...deltas);
    lastBoard.push(Math.max(...deltas));
    await staff.post(`/api/tickets/${id}/start`);
    await staff.post(`/api/tickets/${id}/finish`);
  }
  for (const b of boards) b.close();
  const a = [...perBoard].sort((x, y) => x - y);
  const l = [...lastBoard].sort((x, y) => x - y);
  const f = (n: number) => `${n.toFixed(2)} ms`;
  console.log(`board bench: ${BOARDS} SSE boards, ${CALLS} calls, loopback, one Node process for all boards`);
  console.log(`  per board  : p50 ${f(pct(a, 50))}  p99 ${f(pct(a, 99))}  max ${f(a.at(-1) ?? Number.NaN)}  min ${f(a[0] ?? Number.NaN)}  (n=${a.length})`);
  console.log(`  all boards : p50 ${f(pct(l, 50))}  p99 ${f(pct(l, 99))}  (time until the LAST of the ${BOARDS} boards has it)`);
  console.log(`  target p99 < 100 ms: ${pct(l, 99) < 100 ? 'met' : 'NOT met'}`);
} finally {
  await server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
