/**
 * The head-office simulation (issue 18): N branches, each the real queue-server services on its
 * own SQLite file, issue and serve a generated day while their pushers talk to the real hq-server
 * through the fault proxy. Links are cut for hours of simulated time, pushers are killed mid-batch,
 * the ingest is killed mid-batch (rolled back before commit) and head office restarts while
 * batches are in flight. The gap report is checked against the stored rows at every check; at the
 * end every branch's outbox must be at head office exactly once and every day proven complete.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HqPusher } from '../../queue-server/hq-sync/pusher.ts';
import { branchStatusSchema, createBranchAnswerSchema, dayReportSchema } from '../../shared/contracts/hq-server.ts';
import { countInRanges } from '../../shared/hq/seq-ranges.ts';
import { startHq } from '../../hq-server/testing/hq-fixture.ts';
import type { Sql } from '../../hq-server/store/sql.ts';
import { CALM, FaultProxy, type FaultRates } from './fault-proxy.ts';
import { rng, SimBranch } from './sim-branch.ts';

export interface SimOptions {
  sql: Sql;
  branches: number;
  /** 5-minute steps of the day (100 steps = 07:30 to about 15:50). */
  steps: number;
  seed: number;
  checkEvery?: number;
  rates?: FaultRates;
  log?: (line: string) => void;
}

export interface SimReport {
  branches: number;
  events: number;
  tickets: number;
  checks: number;
  gapChecksWrong: string[];
  problems: string[];
  faults: FaultProxy['counts'] & { pushersKilled: number; ingestKilled: number; hqRestarts: number };
  drainRounds: number;
  seconds: number;
}

const STEP_MS = 5 * 60_000;
const DAY = '2026-11-23';

export async function runSimulation(o: SimOptions): Promise<SimReport> {
  const started = performance.now();
  const log = o.log ?? (() => undefined);
  const random = rng(o.seed);
  const clock = { ms: Date.parse(`${DAY}T00:30:00Z`), now: () => clock.ms };
  let ingestKill = 0.03;
  let ingestKilled = 0;
  const hooks = {
    beforeCommit: () => {
      if (random() < ingestKill) {
        ingestKilled++;
        throw new Error('ingest dimatikan di tengah kiriman (simulasi)');
      }
    },
  };
  let hq = await startHq(o.sql, { now: clock.now, hooks });
  let hqRestarts = 0;
  const restartHq = async () => {
    const old = hq;
    await old.close();
    hq = await startHq(o.sql, { now: clock.now, hooks });
    hqRestarts++;
  };
  const proxy = new FaultProxy(() => hq.url, o.seed + 1, o.rates ?? { drop: 0.08, loseAnswer: 0.08, duplicate: 0.1, holdBack: 0.06, delayMs: 5 });
  // The branches' SQLite files on tmpfs when there is one: 50 branches fsyncing every change would
  // measure the test machine's disk, not the sync.
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'kiosk-hq-sim-'));
  const branches = Array.from({ length: o.branches }, (_, i) => new SimBranch(i, dir, clock, o.seed * 1000 + i));
  const keys = new Map<string, string>();
  for (const b of branches) {
    const created = await hq.api('POST', '/api/hq/branches', { code: b.code, name: b.services.config.branch.name, region: `Wilayah ${(b.index % 11) + 1}` });
    keys.set(b.code, createBranchAnswerSchema.parse(created.body).key);
  }
  const newPusher = (b: SimBranch) =>
    new HqPusher({
      hqUrl: 'http://hq.sim', branchCode: b.code, branchKey: keys.get(b.code) ?? '', uow: b.services.uow, repo: b.services.hqOutbox.repo, now: clock.now,
      fetch: proxy.fetchFor(b.code), random, maxEvents: 60, baseBackoffMs: 20_000, maxBackoffMs: 20 * 60_000, heartbeatMs: 15 * 60_000, timeoutMs: 20_000,
    });
  const pushers = branches.map(newPusher);
  let pushersKilled = 0;

  const pushRound = async (maxBatches: number) => {
    await Promise.all(
      branches.map(async (b, i) => {
        for (let n = 0; n < maxBatches; n++) {
          const p = pushers[i]!;
          if (!p.due()) return;
          if (random() < 0.03) {
            // Kill the pusher mid-batch: the request may or may not have reached head office.
            const inFlight = p.pushOnce();
            setImmediate(() => p.stop());
            await inFlight;
            pushers[i] = newPusher(b);
            pushersKilled++;
            return;
          }
          const outcome = await p.pushOnce();
          if (outcome.kind !== 'sent' || !outcome.more) return;
        }
      }),
    );
  };

  const gapChecksWrong: string[] = [];
  let checks = 0;
  const checkGaps = async (when: string) => {
    checks++;
    const listed = (await hq.api('GET', '/api/hq/branches')).body as { branches: unknown[] };
    for (const raw of listed.branches) {
      const s = branchStatusSchema.parse(raw);
      const b = branches.find((x) => x.code === s.code);
      if (!b) continue;
      const stored = new Set((await o.sql.query<{ seq: number }>('SELECT seq FROM hq_events WHERE branch_code = $1', [s.code])).map((r) => Number(r.seq)));
      const missing: number[] = [];
      for (let seq = 1; seq <= s.reportedSeq; seq++) if (!stored.has(seq)) missing.push(seq);
      const reported = s.gaps.flatMap((g) => Array.from({ length: g.to - g.from + 1 }, (_, k) => g.from + k));
      let contiguous = 0;
      while (stored.has(contiguous + 1)) contiguous++;
      const branchLast = b.services.hqOutbox.repo.state().lastSeq;
      if (reported.join(',') !== missing.join(',') || s.storedSeq !== contiguous || s.reportedSeq > branchLast || [...stored].some((x) => x > branchLast)) {
        gapChecksWrong.push(`${when} ${s.code}: gaps ${JSON.stringify(s.gaps)} storedSeq ${s.storedSeq} (contiguous ${contiguous}), missing ${missing.length}, branch last ${branchLast}`);
      }
    }
  };

  for (let step = 0; step < o.steps; step++) {
    clock.ms += STEP_MS;
    for (const b of branches) b.step(Math.floor(random() * 4));
    // A third of the branches lose their WAN for three hours of the day; everyone for 30 minutes later.
    const cutFrom = Math.floor(o.steps * 0.2);
    if (step === cutFrom) for (const b of branches.slice(0, Math.ceil(o.branches / 3))) proxy.cut.add(b.code);
    if (step === cutFrom + 36) for (const b of branches) proxy.cut.delete(b.code);
    if (step === Math.floor(o.steps * 0.7)) proxy.cut.add('*');
    if (step === Math.floor(o.steps * 0.7) + 6) proxy.cut.delete('*');
    if (step % 15 === 14) {
      // Head office restarts while batches are in flight.
      await Promise.all([pushRound(3), new Promise((r) => setTimeout(r, 2)).then(restartHq)]);
    } else {
      await pushRound(3);
    }
    if (step % 7 === 6) await proxy.flush();
    if (step % (o.checkEvery ?? 5) === 0) await checkGaps(`langkah ${step}`);
    if (step % 20 === 0) log(`langkah ${step}/${o.steps}: ${proxy.counts.requests} kiriman, ${pushersKilled} pengirim dimatikan, ${ingestKilled} ingest dimatikan`);
  }

  // The day ends: the housekeeping tick after local midnight closes and seals it.
  clock.ms = Date.parse(`${DAY}T17:05:00Z`);
  for (const b of branches) b.housekeeping();
  await proxy.flush();
  await checkGaps('setelah tutup hari');

  // The link heals: everything must arrive.
  proxy.rates = CALM;
  proxy.cut.clear();
  ingestKill = 0;
  let drainRounds = 0;
  const behind = () => branches.filter((b) => b.services.hqOutbox.repo.state().ackedSeq < b.services.hqOutbox.repo.state().lastSeq);
  while (behind().length > 0 && drainRounds < 300) {
    drainRounds++;
    clock.ms += 60_000;
    await pushRound(20);
  }
  await checkGaps('akhir');

  const problems: string[] = [];
  let events = 0;
  let tickets = 0;
  for (const b of branches) {
    const outbox = b.services.hqOutbox.repo.after(0, 1_000_000);
    events += outbox.length;
    tickets += b.ticketsIssued;
    const atHq = await o.sql.query<{ seq: number; event_id: string }>('SELECT seq, event_id FROM hq_events WHERE branch_code = $1 ORDER BY seq', [b.code]);
    const mine = outbox.map((r) => `${r.seq}:${r.eventId}`).join('\n');
    const theirs = atHq.map((r) => `${Number(r.seq)}:${r.event_id}`).join('\n');
    if (mine !== theirs) problems.push(`${b.code}: cabang ${outbox.length} peristiwa, kantor pusat ${atHq.length}`);
    const [dup] = await o.sql.query<{ n: number }>('SELECT COUNT(*) - COUNT(DISTINCT event_id) AS n FROM hq_events WHERE branch_code = $1', [b.code]);
    if (Number(dup?.n ?? 0) !== 0) problems.push(`${b.code}: ${dup?.n} duplikat`);
    const report = dayReportSchema.parse((await hq.api('GET', `/api/hq/branches/${b.code}/days/${DAY}`)).body);
    if (!report.sealed || !report.complete) problems.push(`${b.code}: hari ${DAY} sealed=${report.sealed} complete=${report.complete}`);
    if (report.ticketsIssued !== b.ticketsIssued) problems.push(`${b.code}: ${report.ticketsIssued} tiket di kantor pusat, ${b.ticketsIssued} di cabang`);
    const status = branchStatusSchema.parse(((await hq.api('GET', '/api/hq/branches')).body as { branches: unknown[] }).branches.find((x) => branchStatusSchema.parse(x).code === b.code));
    if (countInRanges(status.gaps) !== 0) problems.push(`${b.code}: masih ada celah ${JSON.stringify(status.gaps)}`);
  }
  for (const p of pushers) p.stop();
  await hq.close();
  for (const b of branches) b.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    branches: o.branches, events, tickets, checks, gapChecksWrong, problems,
    faults: { ...proxy.counts, pushersKilled, ingestKilled, hqRestarts }, drainRounds, seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
