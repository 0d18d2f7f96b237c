/**
 * npm run bench — queue-server figures on this machine:
 *  1. the floor: bare better-sqlite3 inserts of a ticket row, one transaction each, WAL + synchronous=FULL;
 *  2. ticket issuance over HTTP with 50 concurrent clients against the real server process
 *     (printer "none"; then once more with the simulated printer, for information);
 *  3. call-next latency over HTTP with 100 and with 10,000 tickets waiting.
 * Targets (2 cores): 2 >= half of 1; call-next at 10,000 within 1.5x of call-next at 100.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBranchConfig, DEFAULT_BRANCH_CONFIG } from '../../queue-server/config.ts';
import { KIOSK_ACTOR } from '../../queue-server/engine/actor.ts';
import { buildServices } from '../../queue-server/services.ts';
import { openDatabase } from '../../queue-server/store/database.ts';
import { startServerProcess } from '../support/server-process.ts';
import { request } from './http-client.ts';
import { round, summarize } from './stats.ts';

const FLOOR_INSERTS = 1000;
const HTTP_TICKETS = 2000;
const HTTP_CLIENTS = 50;
const CALLS = 300;
const ADMIN = { username: 'bench', password: 'sandi-bench-123' };
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `kiosk-bench-${name}-`));

function floor(): number {
  const dir = tmp('floor');
  const db = new Database(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE tickets (id TEXT PRIMARY KEY, service_day TEXT, service_id TEXT, seq INTEGER, number TEXT,
    fast_track TEXT, status TEXT, issued_at INTEGER, queued_at INTEGER)`);
  const insert = db.prepare('INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  for (let i = 0; i < FLOOR_INSERTS; i++) {
    insert.run(`id-${i}`, '2026-11-23', 'jht', i + 1, `A-${i + 1}`, null, 'waiting', Date.now(), Date.now());
  }
  const perSecond = FLOOR_INSERTS / ((performance.now() - t0) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return perSecond;
}

/**
 * With printer "none" this measures the queue-server's own issuing path. With the simulated
 * printer each answer also waits for a PNG preview to be rendered (a real printer is slower still,
 * but a branch has one kiosk per printer, so 50 clients on one printer is not a real load).
 */
async function httpIssuance(printer: 'none' | 'simulated', tickets: number) {
  const dir = tmp('http');
  const server = await startServerProcess({ DATA_DIR: dir, QUEUE_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`, KIOSK_PRINTER: printer });
  const services = ['jht', 'jkk-jkm-jp', 'kepesertaan', 'informasi'];
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: HTTP_CLIENTS }, async () => {
      while (next < tickets) {
        const i = next++;
        const start = performance.now();
        const res = await request(`${server.url}/api/tickets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `bench-ticket-${i}` },
          body: JSON.stringify({ serviceId: services[i % services.length], fastTrack: i % 5 === 0 ? 'elderly' : null }),
        });
        if (res.status !== 201) throw new Error(`issuance answered ${res.status}`);
        latencies.push(performance.now() - start);
      }
    }),
  );
  const perSecond = tickets / ((performance.now() - t0) / 1000);
  await server.kill();
  rmSync(dir, { recursive: true, force: true });
  return { perSecond, latency: summarize(latencies) };
}

const hasWrk = spawnSync('wrk', ['--version']).error === undefined;

/**
 * The same load from wrk (C, Debian package `wrk`): on 2 cores a Node client spends more CPU
 * than the server it measures, so wrk's figure is the server's own. Duration-based.
 */
async function wrkIssuance(seconds: number) {
  const dir = tmp('wrk');
  const server = await startServerProcess({ DATA_DIR: dir, QUEUE_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}`, KIOSK_PRINTER: 'none' });
  const script = join(import.meta.dirname, 'wrk-issue.lua');
  const out = execFileSync('wrk', ['-t1', `-c${HTTP_CLIENTS}`, `-d${seconds}s`, '--latency', '-s', script, `${server.url}`], { encoding: 'utf8' });
  await server.kill();
  rmSync(dir, { recursive: true, force: true });
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    if (!m) throw new Error(`wrk output without ${label}%:\n${out}`);
    const unit = { us: 0.001, ms: 1, s: 1000 }[m[2] as 'us' | 'ms' | 's'];
    return round(Number(m[1]) * unit);
  };
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (errors) throw new Error(`wrk saw ${errors[1]} answers other than 201:\n${out}`);
  return { perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN), p50: ms('50'), p99: ms('99') };
}

/** Fills a data folder with `waiting` tickets directly through the engine (one transaction). */
function seedWaiting(dir: string, waiting: number): void {
  const config = loadBranchConfig(DEFAULT_BRANCH_CONFIG);
  const db = openDatabase(dir);
  const s = buildServices({ db, config });
  // Only the services of the measured counter (loket-3 serves JHT and JKK/JKM/JP), so every ticket counts.
  const services = ['jht', 'jkk-jkm-jp'];
  s.uow.write(() => {
    for (let i = 0; i < waiting; i++) s.engine.issue({ serviceId: services[i % services.length]!, fastTrack: i % 5 === 0 ? 'pregnant' : null }, KIOSK_ACTOR);
  });
  db.close();
}

async function callNextLatency(waiting: number) {
  const dir = tmp(`call-${waiting}`);
  seedWaiting(dir, waiting + CALLS);
  const server = await startServerProcess({ DATA_DIR: dir, QUEUE_BOOTSTRAP_ADMIN: `${ADMIN.username}:${ADMIN.password}` });
  const login = await request(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { token } = JSON.parse(login.text) as { token: string };
  const post = (path: string) => request(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    const res = await post('/api/counters/loket-3/call-next');
    if (res.status !== 200) throw new Error(`call-next answered ${res.status}: ${res.text}\n${server.output()}`);
    const { ticket } = JSON.parse(res.text) as { ticket: { id: string } };
    samples.push(performance.now() - start);
    await post(`/api/tickets/${ticket.id}/start`);
    await post(`/api/tickets/${ticket.id}/finish`);
  }
  await server.kill();
  rmSync(dir, { recursive: true, force: true });
  return summarize(samples);
}

// The disk's flush speed drifts with whatever else the machine does, so the floor is measured right
// before and right after the HTTP run, and the faster of the two is the yardstick (the harder target).
const floorBefore = floor();
const http = await httpIssuance('none', HTTP_TICKETS);
const floorAfterNode = floor();
const wrk = hasWrk ? await wrkIssuance(10) : null;
const floorRate = Math.max(floorBefore, floorAfterNode, hasWrk ? floor() : 0);
const httpPrinted = await httpIssuance('simulated', 300);
const call100 = await callNextLatency(100);
const call10k = await callNextLatency(10_000);
const ratio = call10k.p50 / call100.p50;

console.log('queue-server benchmark (ms; one process, SQLite WAL + synchronous=FULL)');
console.log(`floor: bare better-sqlite3 durable inserts      ${round(floorRate, 0)} /s (best of before/after)`);
console.log(`HTTP issuance, ${HTTP_CLIENTS} clients, ${HTTP_TICKETS} tickets    ${round(http.perSecond, 0)} /s  p50 ${http.latency.p50}  p99 ${http.latency.p99}`);
console.log(`  ratio to floor                                 ${round(http.perSecond / floorRate)} (Node client on the same 2 cores)`);
if (wrk) {
  console.log(`HTTP issuance, wrk, ${HTTP_CLIENTS} connections, 10 s       ${round(wrk.perSecond, 0)} /s  p50 ${wrk.p50}  p99 ${wrk.p99}`);
  console.log(`  ratio to floor                                 ${round(wrk.perSecond / floorRate)} (target >= 0.5)`);
} else {
  console.log('wrk not installed (apt-get install -y wrk): the Node client figure above is the only one');
}
console.log(`HTTP issuance + simulated printer, 300 tickets  ${round(httpPrinted.perSecond, 0)} /s  p50 ${httpPrinted.latency.p50}  p99 ${httpPrinted.latency.p99}`);
console.log(`call-next with 100 waiting                       p50 ${call100.p50}  p95 ${call100.p95}  p99 ${call100.p99}`);
console.log(`call-next with 10,000 waiting                    p50 ${call10k.p50}  p95 ${call10k.p95}  p99 ${call10k.p99}`);
console.log(`  ratio 10,000 / 100 (p50)                       ${round(ratio)} (target <= 1.5)`);
console.log(JSON.stringify({ floorPerSecond: round(floorRate, 0), wrk, http: { perSecond: round(http.perSecond, 0), ...http.latency }, httpWithSimulatedPrinter: { perSecond: round(httpPrinted.perSecond, 0), ...httpPrinted.latency }, callNext100: call100, callNext10000: call10k, ratio: round(ratio) }));
