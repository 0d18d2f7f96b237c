import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchStatusSchema, createBranchAnswerSchema, dayReportSchema } from '../../shared/contracts/hq-server.ts';
import { ingestAnswerSchema, type OutboxEvent } from '../../shared/contracts/hq-sync.ts';
import { dayDigest } from '../../shared/hq/digest.ts';
import { errorBodySchema } from '../../shared/contracts/wire.ts';
import { openHqStore, startHq, type StoreKind } from '../testing/hq-fixture.ts';
import { startPostgres, type PostgresServer } from '../testing/postgres-cluster.ts';
import type { Sql } from '../store/sql.ts';

function events(code: string, from: number, to: number, day = '2026-11-23'): OutboxEvent[] {
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const seq = from + i;
    return {
      branchCode: code, seq, eventId: `${code}-ev-${seq}`, type: seq % 3 === 1 ? 'ticket.issued' : 'counter.updated', schemaVersion: 1,
      occurredAt: `${day}T02:${String(seq % 60).padStart(2, '0')}:00.000Z`, localTime: `${day}T09:00:00.000+07:00`, day,
      entity: { kind: 'ticket', id: `${code}-t-${seq}` }, payload: { serviceId: 'jht', isFastTrack: false },
    };
  });
}

function seal(code: string, seq: number, day: string, dayEvents: OutboxEvent[]): OutboxEvent {
  const d = dayDigest(dayEvents.map((e) => ({ seq: e.seq, eventId: e.eventId, type: e.type })));
  return {
    branchCode: code, seq, eventId: `${code}-seal-${day}`, type: 'day.sealed', schemaVersion: 1, occurredAt: `${day}T17:00:00.000Z`, localTime: `${day}T23:59:00.000+07:00`, day,
    entity: { kind: 'day', id: day }, payload: { day, firstSeq: d.firstSeq, lastSeq: d.lastSeq, count: d.count, countsByType: d.countsByType, idsHash: createHash('sha256').update(d.hashInput).digest('hex') },
  };
}

const kinds: StoreKind[] = ['pglite', 'postgres'];
let pgServer: PostgresServer;
beforeAll(async () => {
  pgServer = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pgServer.stop();
});

describe.each(kinds)('head office on %s', (kind) => {
  let sql: Sql;
  let hq: Awaited<ReturnType<typeof startHq>>;
  let key = '';
  const push = (body: unknown, k = key, code = 'KC-01') => hq.api('POST', '/api/hq/ingest', body, { authorization: `Bearer ${k}`, 'x-branch-code': code });
  const batch = (evs: OutboxEvent[], lastSeq = Math.max(0, ...evs.map((e) => e.seq)), code = 'KC-01') => ({ branchCode: code, lastSeq, sentAt: new Date().toISOString(), events: evs });

  beforeAll(async () => {
    sql = await openHqStore(kind, kind === 'postgres' ? await pgServer.newDatabase() : undefined);
    hq = await startHq(sql);
  }, 60_000);
  afterAll(async () => {
    await hq.close();
    await sql.close();
  });

  it('registers a branch and hands out its key once; a second branch with the same code is refused', async () => {
    const created = await hq.api('POST', '/api/hq/branches', { code: 'KC-01', name: 'Cabang Jakarta Salemba', region: 'DKI Jakarta' });
    expect(created.status).toBe(201);
    const answer = createBranchAnswerSchema.parse(created.body);
    expect(answer.branch).toEqual({ code: 'KC-01', name: 'Cabang Jakarta Salemba' });
    key = answer.key;
    const again = await hq.api('POST', '/api/hq/branches', { code: 'KC-01', name: 'Lagi' });
    expect(again.status).toBe(409);
    expect(errorBodySchema.parse(again.body).error.code).toBe('hq.branch_exists');
    expect((await hq.api('POST', '/api/hq/branches', { code: 'KC 02', name: '' })).status).toBe(400);
    const anonymous = await fetch(`${hq.url}/api/hq/branches`);
    expect(anonymous.status).toBe(401);
    await hq.api('POST', '/api/hq/branches', { code: 'KC-02', name: 'Cabang Bekasi' });
  });

  it('a batch sent twice is stored once', async () => {
    const first = ingestAnswerSchema.parse((await push(batch(events('KC-01', 1, 5)))).body);
    expect(first).toMatchObject({ storedSeq: 5, inserted: 5, gaps: [] });
    const twice = ingestAnswerSchema.parse((await push(batch(events('KC-01', 1, 5)))).body);
    expect(twice).toMatchObject({ storedSeq: 5, inserted: 0, gaps: [] });
    const [n] = await sql.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM hq_events WHERE branch_code = 'KC-01'");
    expect(Number(n?.n)).toBe(5);
  });

  it('keeps a batch that arrives out of order and reports the gap before it, and the tail the branch announced', async () => {
    const ahead = ingestAnswerSchema.parse((await push(batch(events('KC-01', 9, 12), 15))).body);
    expect(ahead).toMatchObject({ storedSeq: 5, inserted: 4, gaps: [{ from: 6, to: 8 }, { from: 13, to: 15 }] });
    const listed = (await hq.api('GET', '/api/hq/branches')).body as { branches: unknown[] };
    const kc01 = listed.branches.map((b) => branchStatusSchema.parse(b)).find((b) => b.code === 'KC-01');
    expect(kc01).toMatchObject({ storedSeq: 5, reportedSeq: 15, gaps: [{ from: 6, to: 8 }, { from: 13, to: 15 }] });
    expect(kc01?.lastContactAt).not.toBeNull();
    const filled = ingestAnswerSchema.parse((await push(batch(events('KC-01', 6, 8), 15))).body);
    expect(filled).toMatchObject({ storedSeq: 12, gaps: [{ from: 13, to: 15 }] });
  });

  it('a branch writes only its own events, with its own key', async () => {
    const wrongKey = await push(batch(events('KC-01', 13, 13)), 'not-the-key-at-all');
    expect(wrongKey.status).toBe(401);
    expect(errorBodySchema.parse(wrongKey.body).error.code).toBe('hq.branch_key_invalid');
    const otherBranch = await push(batch(events('KC-02', 1, 2), 2, 'KC-02'));
    expect(otherBranch.status).toBe(403);
    expect(errorBodySchema.parse(otherBranch.body).error).toMatchObject({ code: 'hq.wrong_branch', message: expect.stringContaining('cabang hanya boleh') });
    const [n] = await sql.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM hq_events WHERE branch_code = 'KC-02'");
    expect(Number(n?.n)).toBe(0);
  });

  it('refuses a sequence already stored with another event id, and a body off the contract, in Indonesian', async () => {
    const clash = events('KC-01', 3, 3);
    clash[0]!.eventId = 'a-different-event';
    const answer = await push(batch(clash, 15));
    expect(answer.status).toBe(409);
    expect(errorBodySchema.parse(answer.body).error.code).toBe('hq.event_conflict');
    const bad = await push({ branchCode: 'KC-01', lastSeq: -1, sentAt: 'x', events: 'many' });
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.message).toMatch(/^Kiriman tidak valid/);
  });

  it('a sealed day is complete only when every event of it is stored and the hash matches', async () => {
    const day = '2026-11-24';
    const dayEvents = events('KC-01', 13, 20, day);
    const sealEvent = seal('KC-01', 21, day, dayEvents);
    await push(batch([...dayEvents.slice(0, 4), sealEvent], 21));
    const partial = dayReportSchema.parse((await hq.api('GET', `/api/hq/branches/KC-01/days/${day}`)).body);
    expect(partial).toMatchObject({ ticketsIssued: 2, events: 4, sealed: true, complete: false, expectedEvents: 8 });
    await push(batch(dayEvents.slice(4), 21));
    const whole = dayReportSchema.parse((await hq.api('GET', `/api/hq/branches/KC-01/days/${day}`)).body);
    expect(whole).toMatchObject({ ticketsIssued: 3, events: 8, sealed: true, complete: true });
    const unknown = await hq.api('GET', `/api/hq/branches/KC-99/days/${day}`);
    expect(unknown.status).toBe(404);
  });
});
