/**
 * npm run bench:hq — head-office figures on this machine (PostgreSQL from DATABASE_URL, or a
 * throwaway cluster of Debian's postgresql started for the run):
 *  1. ingest throughput for 325 branches' peak hour through the real hq-server (HTTP, branch key,
 *     zod validation, idempotent insert, derived tables, high-water mark), against a bare COPY of
 *     the same rows into a table of the same shape: events per second and the ratio;
 *  2. catch-up after a 3-day outage: one branch's three days of outbox (the real queue-server
 *     services writing it), pushed by the real pusher until head office holds all of it.
 * The throwaway cluster runs with fsync off (a benchmark of the code, not of this machine's disk);
 * with DATABASE_URL the server's own settings apply.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { OutboxEvent } from '../../shared/contracts/hq-sync.ts';
import { openHqStore, startHq } from '../../hq-server/testing/hq-fixture.ts';
import { startPostgres } from '../../hq-server/testing/postgres-cluster.ts';
import { HqPusher } from '../../queue-server/hq-sync/pusher.ts';
import { buildServices } from '../../queue-server/services.ts';
import { openDatabase } from '../../queue-server/store/database.ts';
import { runHousekeeping } from '../../queue-server/housekeeping.ts';
import { KIOSK_ACTOR } from '../../queue-server/engine/actor.ts';
import { defaultBranchConfig } from '../../queue-server/testing/fixtures.ts';
import { round } from './stats.ts';

const BRANCHES = Number(process.env.HQ_BENCH_BRANCHES ?? 325);
/** A busy branch's peak hour: ~70 tickets, each issued, called, started, finished, offered a survey, plus counter changes. */
const EVENTS_PER_BRANCH_HOUR = Number(process.env.HQ_BENCH_EVENTS ?? 400);
const CONCURRENCY = 16;
const TYPES = ['ticket.issued', 'ticket.called', 'ticket.started', 'ticket.finished', 'survey.offered'] as const;

function peakHour(code: string): OutboxEvent[] {
  const start = Date.parse('2026-11-23T02:00:00Z');
  return Array.from({ length: EVENTS_PER_BRANCH_HOUR }, (_, i) => {
    const seq = i + 1;
    const ticket = Math.floor(i / TYPES.length);
    const at = new Date(start + i * 9000);
    return {
      branchCode: code, seq, eventId: `${code}-${String(seq).padStart(8, '0')}-0000-7000-8000-000000000000`, type: TYPES[i % TYPES.length]!, schemaVersion: 1,
      occurredAt: at.toISOString(), localTime: new Date(at.getTime() + 7 * 3_600_000).toISOString().replace('Z', '+07:00'), day: '2026-11-23',
      entity: { kind: 'ticket', id: `${code}-t${ticket}` }, payload: { number: `A-${String(ticket).padStart(3, '0')}`, serviceId: 'jht', status: 'waiting', counterId: 'loket-1', isFastTrack: false },
    };
  });
}

async function pool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function main(): Promise<void> {
  const pgServer = await startPostgres();
  const url = await pgServer.newDatabase();
  const sql = await openHqStore('postgres', url);
  const hq = await startHq(sql);
  console.log(`PostgreSQL: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'cluster sementara (fsync=off)'}; ${BRANCHES} cabang x ${EVENTS_PER_BRANCH_HOUR} peristiwa jam sibuk`);

  const keys = new Map<string, string>();
  const codes = Array.from({ length: BRANCHES }, (_, i) => `KC-${String(i + 1).padStart(3, '0')}`);
  for (const code of codes) keys.set(code, ((await hq.api('POST', '/api/hq/branches', { code, name: `Cabang ${code}` })).body as { key: string }).key);
  const hours = new Map(codes.map((c) => [c, peakHour(c)]));
  const total = BRANCHES * EVENTS_PER_BRANCH_HOUR;

  // 1a. Ingest, as pushers with a backlog send it: batches of 500 (within 256 KB).
  const send = async (code: string, events: OutboxEvent[]) => {
    const res = await fetch(`${hq.url}/api/hq/ingest`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.get(code)}`, 'x-branch-code': code },
      body: JSON.stringify({ branchCode: code, lastSeq: EVENTS_PER_BRANCH_HOUR, sentAt: new Date().toISOString(), events }),
    });
    if (res.status !== 200) throw new Error(`ingest ${res.status}: ${await res.text()}`);
    await res.text();
  };
  const batchesOf = (size: number, half: 0 | 1) => codes.flatMap((code) => {
    const all = hours.get(code)!;
    const mine = half === 0 ? all.slice(0, all.length / 2) : all.slice(all.length / 2);
    const out: [string, OutboxEvent[]][] = [];
    for (let i = 0; i < mine.length; i += size) out.push([code, mine.slice(i, i + size)]);
    return out;
  });
  // First half of the hour in small batches (a pusher keeping up sends a few events every poll), second half in full batches.
  const small = batchesOf(10, 0);
  let t = performance.now();
  await pool(small, CONCURRENCY, ([code, evs]) => send(code, evs));
  const smallSec = (performance.now() - t) / 1000;
  const big = batchesOf(500, 1);
  t = performance.now();
  await pool(big, CONCURRENCY, ([code, evs]) => send(code, evs));
  const bigSec = (performance.now() - t) / 1000;
  const [stored] = await sql.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM hq_events');
  if (Number(stored?.n) !== total) throw new Error(`stored ${stored?.n}, expected ${total}`);

  // 1b. Bare COPY of the same rows into a table of the same shape (same primary key and index).
  await sql.query('CREATE TABLE bare_events (LIKE hq_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)');
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-hq-copy-'));
  chmodSync(dir, 0o755);
  const csv = join(dir, 'rows.csv');
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  writeFileSync(csv, codes.flatMap((code) => hours.get(code)!.map((e) => [q(code), e.seq, q(e.eventId), q(e.type), e.schemaVersion, q(e.occurredAt), q(e.localTime), q(e.day), q(e.entity?.kind ?? ''), q(e.entity?.id ?? ''), q(JSON.stringify(e.payload)), q(new Date().toISOString())].join(','))).join('\n'));
  chmodSync(csv, 0o644);
  t = performance.now();
  await sql.query(`COPY bare_events FROM '${csv}' WITH (FORMAT csv)`);
  const copySec = (performance.now() - t) / 1000;
  rmSync(dir, { recursive: true, force: true });

  const half = total / 2;
  const eps = (n: number, s: number) => Math.round(n / s);
  console.log('\n1. Jam sibuk 325 cabang ke PostgreSQL (peristiwa/detik tersimpan)');
  console.log(`   ingest, kiriman 10 peristiwa: ${eps(half, smallSec)} /s (${half} dalam ${round(smallSec)} s, ${CONCURRENCY} kiriman bersamaan)`);
  console.log(`   ingest, kiriman 500 peristiwa: ${eps(half, bigSec)} /s (${half} dalam ${round(bigSec)} s)`);
  console.log(`   COPY polos baris yang sama: ${eps(total, copySec)} /s (${total} dalam ${round(copySec)} s)`);
  console.log(`   rasio ingest/COPY: kecil ${round(eps(half, smallSec) / eps(total, copySec), 3)}, besar ${round(eps(half, bigSec) / eps(total, copySec), 3)}`);
  console.log(`   satu jam sibuk nasional (${total} peristiwa) butuh ${round(total / eps(half, smallSec))} s ingest dengan kiriman kecil`);

  // 2. One branch after a 3-day outage.
  const branchDir = mkdtempSync(join(tmpdir(), 'kiosk-hq-outage-'));
  const clock = { ms: Date.parse('2026-11-23T01:00:00Z') };
  const base = defaultBranchConfig();
  const services = buildServices({ db: openDatabase(branchDir), config: { ...base, branch: { ...base.branch, code: 'KC-OUT' } }, now: () => clock.ms });
  const counters = base.counters.map((c) => c.id);
  // One officer per counter: an officer holds one counter at a time.
  const csoAt = new Map(counters.map((c, i) => [c, { userId: i + 1, username: `cso${i + 1}`, role: 'cso' as const }]));
  for (let day = 0; day < 3; day++) {
    clock.ms = Date.parse('2026-11-23T01:00:00Z') + day * 86_400_000;
    runHousekeeping(services);
    for (const c of counters) services.counters.open(c, csoAt.get(c)!);
    for (let i = 0; i < 400; i++) {
      clock.ms += 60_000;
      services.engine.issue({ serviceId: base.services[i % base.services.length]!.id, fastTrack: null }, KIOSK_ACTOR);
      const counter = counters[i % counters.length]!;
      const cso = csoAt.get(counter)!;
      try {
        const called = services.engine.callNext(counter, cso);
        if (called) {
          services.engine.start(called.id, cso);
          services.engine.finish(called.id, cso);
        }
      } catch {
        // this counter does not serve what is waiting
      }
    }
  }
  clock.ms = Date.parse('2026-11-26T01:00:00Z');
  runHousekeeping(services);
  const backlog = services.hqOutbox.repo.state().lastSeq;
  const key = ((await hq.api('POST', '/api/hq/branches', { code: 'KC-OUT', name: 'Cabang putus 3 hari' })).body as { key: string }).key;
  const pusher = new HqPusher({ hqUrl: hq.url, branchCode: 'KC-OUT', branchKey: key, uow: services.uow, repo: services.hqOutbox.repo, now: Date.now });
  t = performance.now();
  let batches = 0;
  for (;;) {
    const o = await pusher.pushOnce();
    batches++;
    if (o.kind === 'failed') throw new Error(o.reason);
    if (o.kind !== 'sent' || !o.more) break;
  }
  const catchUp = (performance.now() - t) / 1000;
  const days = await Promise.all(['2026-11-23', '2026-11-24', '2026-11-25'].map(async (d) => (await hq.api('GET', `/api/hq/branches/KC-OUT/days/${d}`)).body as { complete: boolean }));
  console.log('\n2. Satu cabang setelah WAN putus 3 hari');
  console.log(`   ${backlog} peristiwa (3 hari x 400 tiket) terkirim dalam ${round(catchUp)} s, ${batches} kiriman; hari lengkap: ${days.map((d) => d.complete).join(', ')}`);

  services.db.close();
  rmSync(branchDir, { recursive: true, force: true });
  await hq.close();
  await sql.close();
  await pgServer.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
