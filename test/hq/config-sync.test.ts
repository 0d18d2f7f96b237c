/**
 * Configuration down, re-delivery up: a real head office (PGlite and a real PostgreSQL) and a real
 * branch (the queue-server services on SQLite) with its puller and pusher over HTTP.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchStatusSchema, createBranchAnswerSchema } from '../../shared/contracts/hq-server.ts';
import { configPullAnswerSchema, publishAnswerSchema, redeliverySchema, type ConfigContent } from '../../shared/contracts/hq-config.ts';
import { errorBodySchema } from '../../shared/contracts/wire.ts';
import { QUESTIONNAIRE_VERSION } from '../../shared/survey/elements.ts';
import { KIOSK_ACTOR } from '../../queue-server/engine/actor.ts';
import { runHousekeeping } from '../../queue-server/housekeeping.ts';
import { HqConfigPuller } from '../../queue-server/hq-sync/config-puller.ts';
import { HqPusher } from '../../queue-server/hq-sync/pusher.ts';
import { makeTestServices, smallBranchConfig } from '../../queue-server/testing/fixtures.ts';
import { openHqStore, startHq, type StoreKind } from '../../hq-server/testing/hq-fixture.ts';
import { startPostgres, type PostgresServer } from '../../hq-server/testing/postgres-cluster.ts';
import type { Sql } from '../../hq-server/store/sql.ts';
import { personKey } from '../../hq-server/store/config-store.ts';

const HOLIDAYS: NonNullable<ConfigContent['holidays']> = {
  version: '2026-11-20.uji',
  decrees: [{ id: 'kep-uji', title: 'Keputusan uji coba hari libur khusus', signed: '2026-11-20', url: 'https://setneg.go.id/uji' }],
  entries: [{ date: '2026-11-25', kind: 'libur_khusus', name: 'Libur khusus uji coba', source: 'kep-uji' }],
};
const SERVICES: NonNullable<ConfigContent['services']> = [
  { id: 'jht', prefix: 'J', name: 'Klaim JHT', description: 'Klaim Jaminan Hari Tua.', defaultServiceMinutes: 12 },
  { id: 'info', prefix: 'D', name: 'Informasi', description: 'Informasi.', defaultServiceMinutes: 5 },
  { id: 'kpj', prefix: 'K', name: 'Kartu peserta', description: 'Cetak ulang kartu peserta.', defaultServiceMinutes: 5 },
];

const kinds: StoreKind[] = ['pglite', 'postgres'];
let pgServer: PostgresServer;
beforeAll(async () => {
  pgServer = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pgServer.stop();
});

describe.each(kinds)('configuration bundles and re-delivery on %s', (kind) => {
  let sql: Sql;
  let hq: Awaited<ReturnType<typeof startHq>>;
  let key = '';
  const config = smallBranchConfig();
  config.branch.code = 'KC-01';
  const branch = makeTestServices({ config });
  const link = () => ({ hqUrl: hq.url, branchCode: 'KC-01', branchKey: key });
  const puller = () => new HqConfigPuller({ ...link(), config: branch.hqConfig, now: branch.now, random: () => 0.5 });
  const pusher = () => new HqPusher({ ...link(), uow: branch.uow, repo: branch.hqOutbox.repo, now: branch.now, random: () => 0.5 });
  const statusOf = async () => {
    const listed = (await hq.api('GET', '/api/hq/branches')).body as { branches: unknown[] };
    return listed.branches.map((b) => branchStatusSchema.parse(b)).find((b) => b.code === 'KC-01')!;
  };
  const auditActions = () => (branch.db.prepare("SELECT action, detail FROM audit WHERE action LIKE 'hq_config.%' ORDER BY id").all() as { action: string; detail: string }[]);
  const insertBundle = async (version: number, text: string, hash = createHash('sha256').update(text).digest('hex')) =>
    sql.query("INSERT INTO hq_config_bundles (version, content, sha256, sections, note, published_at, published_by) VALUES ($1, $2, $3, '[]', NULL, now(), 'uji')", [version, text, hash]);

  beforeAll(async () => {
    sql = await openHqStore(kind, kind === 'postgres' ? await pgServer.newDatabase() : undefined);
    hq = await startHq(sql);
    key = createBranchAnswerSchema.parse((await hq.api('POST', '/api/hq/branches', { code: 'KC-01', name: 'Cabang Salemba' })).body).key;
  }, 60_000);
  afterAll(async () => {
    await hq.close();
    await sql.close();
  });

  it('publish -> the branch pulls -> holidays, questionnaire and running text at once, services at the next day start; today keeps its numbers', async () => {
    const before = [branch.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket, branch.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket];
    expect(before.map((t) => t.number[0])).toEqual(['A', 'A']);
    const published = await hq.api('POST', '/api/hq/config', { services: SERVICES, holidays: HOLIDAYS, survey: { questionnaireVersion: QUESTIONNAIRE_VERSION }, runningText: 'Pengumuman nasional: layanan JHT daring', note: 'uji' });
    expect(published.status).toBe(201);
    expect(publishAnswerSchema.parse(published.body).bundle).toMatchObject({ version: 1, sections: ['services', 'holidays', 'survey', 'runningText'], publishedBy: 'hqadmin' });
    expect(branch.complaints.calendar().closed.has('2026-11-25')).toBe(false);

    const outcome = await puller().pullOnce();
    expect(outcome).toMatchObject({ kind: 'applied', version: 1, now: ['holidays', 'survey', 'runningText'], nextDay: ['services'], effectiveDay: '2026-11-24' });
    // At once: the calendar (with its decree), the running text.
    const cal = branch.complaints.calendar();
    expect(cal.version).toBe('2026-11-20.uji');
    expect(cal.closed.get('2026-11-25')?.[0]).toMatchObject({ kind: 'libur_khusus', source: 'kep-uji' });
    expect(branch.config.branch.runningText).toBe('Pengumuman nasional: layanan JHT daring');
    // Not yet: the services; today's queue goes on with its letters and numbers.
    expect(branch.config.services.map((s) => s.prefix)).toEqual(['A', 'D']);
    const third = branch.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    expect(third.number[0]).toBe('A');
    expect(branch.engine.ticketsOfDay(branch.engine.today()).map((t) => t.number)).toEqual([...before.map((t) => t.number), third.number]);
    expect(auditActions().map((a) => a.action)).toEqual(['hq_config.applied']);
    expect(JSON.parse(auditActions()[0]!.detail)).toMatchObject({ version: 1, nextDay: 'services', effectiveDay: '2026-11-24' });

    // An unchanged bundle is a 304 without a body, and head office learns what the branch runs.
    expect(await puller().pullOnce()).toEqual({ kind: 'not_modified' });
    expect((await statusOf()).config).toMatchObject({ applied: 1, waitingUntil: '2026-11-24', refused: null });
    const raw = await fetch(`${hq.url}/api/hq/config/pull`, { headers: { authorization: `Bearer ${key}`, 'x-branch-code': 'KC-01', 'if-none-match': branch.hqConfig.status().etag ?? '' } });
    expect(raw.status).toBe(304);
    expect(await raw.text()).toBe('');

    // The next local day: the services apply before its first ticket.
    branch.clock.ms = Date.parse('2026-11-24T00:30:00Z');
    runHousekeeping(branch);
    expect(branch.config.services.map((s) => s.prefix)).toEqual(['J', 'D', 'K']);
    expect(branch.engine.issue({ serviceId: 'kpj', fastTrack: null }, KIOSK_ACTOR).ticket.number[0]).toBe('K');
    expect(branch.engine.ticketsOfDay('2026-11-23').map((t) => t.number[0])).toEqual(['A', 'A', 'A']);
  });

  it('refuses a bad bundle (off the schema, a broken hash, one the branch cannot hold) and keeps the last good one', async () => {
    await insertBundle(2, JSON.stringify({ services: [{ id: 'jht', prefix: 'jj', name: 'x', description: 'x', defaultServiceMinutes: 5 }] }));
    const offSchema = await puller().pullOnce();
    expect(offSchema).toMatchObject({ kind: 'refused', version: 2, reason: expect.stringContaining('isi bundel tidak valid') });
    await insertBundle(3, JSON.stringify({ runningText: 'diubah di jalan' }), 'f'.repeat(64));
    expect(await puller().pullOnce()).toMatchObject({ kind: 'refused', version: 3, reason: expect.stringContaining('hash') });
    // Valid in itself, but Loket 2 serves "info", which this bundle drops.
    const drops = await hq.api('POST', '/api/hq/config', { services: SERVICES.filter((s) => s.id !== 'info'), holidays: { ...HOLIDAYS, version: 'tidak-berlaku', entries: [] } });
    expect(drops.status).toBe(201);
    expect(await puller().pullOnce()).toMatchObject({ kind: 'refused', version: 4, reason: expect.stringContaining('Loket 2 masih melayani "info"') });
    // The last good bundle stays in force, whole.
    expect(branch.hqConfig.status()).toMatchObject({ applied: 1, refused: 4 });
    expect(branch.complaints.calendar().version).toBe('2026-11-20.uji');
    expect(branch.config.services.map((s) => s.id)).toEqual(['jht', 'info', 'kpj']);
    expect(branch.config.branch.runningText).toBe('Pengumuman nasional: layanan JHT daring');
    expect(auditActions().map((a) => a.action)).toEqual(['hq_config.applied', 'hq_config.refused', 'hq_config.refused', 'hq_config.refused']);
    // The refusal is told on the next pull; a refused bundle is fetched whole again, not 304.
    expect(await puller().pullOnce()).toMatchObject({ kind: 'refused', version: 4 });
    expect(auditActions()).toHaveLength(4);
    expect((await statusOf()).config).toMatchObject({ applied: 1, refused: { version: 4, reason: expect.stringContaining('Loket 2') } });
    // Head office refuses what no branch could hold, in Indonesian.
    const bad = await hq.api('POST', '/api/hq/config', { holidays: { ...HOLIDAYS, entries: [{ date: '2026-12-01', kind: 'tutup_cabang', name: 'Tutup', source: 'kep-uji' }] } });
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.message).toMatch(/^Bundel tidak valid/);
    const noSource = await hq.api('POST', '/api/hq/config', { holidays: { ...HOLIDAYS, entries: [{ date: '2026-12-01', kind: 'libur_khusus', name: 'Libur', source: 'tidak-ada' }] } });
    expect(errorBodySchema.parse(noSource.body).error.message).toContain('dasar hukum');
    // A good one again: applies, the refusal is gone.
    expect((await hq.api('POST', '/api/hq/config', { services: SERVICES, holidays: HOLIDAYS, runningText: 'Teks baru' })).status).toBe(201);
    expect(await puller().pullOnce()).toMatchObject({ kind: 'applied', version: 5, now: ['runningText'], nextDay: [] });
    expect(branch.hqConfig.status()).toMatchObject({ applied: 5, refused: null });
  });

  it('gives every branch the same national person key, kept across pulls; a malformed HQ_PERSON_KEY is refused', async () => {
    const other = createBranchAnswerSchema.parse((await hq.api('POST', '/api/hq/branches', { code: 'KC-02', name: 'Cabang Bekasi' })).body).key;
    const keyOf = async (code: string, k: string) => configPullAnswerSchema.parse(await (await fetch(`${hq.url}/api/hq/config/pull`, { headers: { authorization: `Bearer ${k}`, 'x-branch-code': code } })).json()).personKey;
    const a = await keyOf('KC-01', key);
    expect(await keyOf('KC-02', other)).toEqual(a);
    expect(await personKey(sql, undefined, new Date())).toEqual(a);
    expect(branch.hqConfig.personKey()?.id).toBe(a.id);
    await expect(personKey(sql, 'not-hex', new Date())).rejects.toThrow('HQ_PERSON_KEY harus 64 karakter heksadesimal');
    const wrongKey = await fetch(`${hq.url}/api/hq/config/pull`, { headers: { authorization: 'Bearer salah', 'x-branch-code': 'KC-01' } });
    expect(wrongKey.status).toBe(401);
  });

  it('re-sends a range head office asks for from its kept events, says what it no longer keeps, and never purges unacknowledged rows', async () => {
    const p = pusher();
    let outcome = await p.pushOnce();
    while (outcome.kind === 'sent' && outcome.more) outcome = await p.pushOnce();
    const acked = branch.hqOutbox.repo.state().ackedSeq;
    expect(acked).toBeGreaterThanOrEqual(6);
    const total = async () => Number((await sql.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM hq_events WHERE branch_code = 'KC-01'"))[0]?.n);
    expect(await total()).toBe(acked);
    // Head office loses 3-5 (a repaired partition) and asks for them again.
    await sql.query("DELETE FROM hq_events WHERE branch_code = 'KC-01' AND seq BETWEEN 3 AND 5");
    const tooFar = await hq.api('POST', '/api/hq/branches/KC-01/redeliveries', { from: 1, to: acked + 50 });
    expect(tooFar.status).toBe(400);
    expect(errorBodySchema.parse(tooFar.body).error.code).toBe('hq.redelivery_range');
    const asked = await hq.api('POST', '/api/hq/branches/KC-01/redeliveries', { from: 3, to: 5 });
    expect(asked.status).toBe(201);
    expect(redeliverySchema.parse((asked.body as { redelivery: unknown }).redelivery)).toMatchObject({ from: 3, to: 5, next: 3, doneAt: null });
    branch.clock.advanceSeconds(31);
    const heartbeat = await p.pushOnce();
    expect(heartbeat).toMatchObject({ kind: 'sent', answer: { resend: [{ from: 3, to: 5 }] }, more: true });
    const resent = await p.pushOnce();
    expect(resent).toMatchObject({ kind: 'sent', sent: 3, answer: { inserted: 3 }, more: false });
    expect(await total()).toBe(acked);
    expect((await statusOf()).redeliveries[0]).toMatchObject({ from: 3, to: 5, next: 6, missing: [], doneAt: expect.any(String) });

    // Days later: the day is sealed and acknowledged; rows acknowledged over 14 days ago go, newer stay.
    branch.clock.ms = Date.parse('2026-11-25T01:00:00Z');
    runHousekeeping(branch);
    outcome = await p.pushOnce();
    while (outcome.kind === 'sent' && outcome.more) outcome = await p.pushOnce();
    const sealedAck = branch.hqOutbox.repo.state().ackedSeq;
    branch.clock.ms += 10 * 86_400_000;
    runHousekeeping(branch);
    expect(branch.hqOutbox.repo.range(1, 3, 10).map((r) => r.seq)).toEqual([1, 2, 3]);
    // Head office is unreachable from here on: new rows are never acknowledged.
    const unacked = () => branch.hqOutbox.repo.after(branch.hqOutbox.repo.state().ackedSeq, 10_000).length;
    branch.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    const waiting = unacked();
    expect(waiting).toBeGreaterThan(0);
    branch.clock.ms += 30 * 86_400_000;
    runHousekeeping(branch);
    expect(branch.hqOutbox.repo.range(1, 3, 10)).toEqual([]);
    expect(unacked()).toBeGreaterThanOrEqual(waiting);
    expect(branch.hqOutbox.repo.range(sealedAck + 1, sealedAck + 10_000, 10_000).length).toBeGreaterThanOrEqual(waiting);

    // Asked for purged numbers, the branch says they are gone instead of sending nothing.
    expect((await hq.api('POST', '/api/hq/branches/KC-01/redeliveries', { from: 1, to: 4 })).status).toBe(201);
    expect((await p.pushOnce())).toMatchObject({ kind: 'sent', answer: { resend: [{ from: 1, to: 4 }] } });
    const walked = await p.pushOnce();
    expect(walked).toMatchObject({ kind: 'sent', sent: 0 });
    expect((await statusOf()).redeliveries[0]).toMatchObject({ from: 1, to: 4, next: 5, missing: [{ from: 1, to: 4 }], doneAt: expect.any(String) });
  });
});
