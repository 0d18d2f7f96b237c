import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KIOSK_ACTOR } from '../engine/actor.ts';
import { runHousekeeping } from '../housekeeping.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';

const cso = officer(1);
const NATIONAL = { id: 'a1b2c3d4', key: '11'.repeat(32) };

function serveOne(s: ReturnType<typeof makeTestServices>) {
  s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
  const called = s.engine.callNext('l1', cso);
  if (!called) throw new Error('nothing called');
  s.engine.start(called.id, cso);
  return s.engine.finish(called.id, cso);
}

describe('the head-office outbox', () => {
  it('writes every emitted event in its transaction, numbered 1, 2, 3 … with no gap', () => {
    const s = makeTestServices({ config: smallBranchConfig() });
    s.counters.open('l1', cso);
    serveOne(s);
    serveOne(s);
    const rows = s.hqOutbox.repo.after(0, 1000);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['counter.updated', 'ticket.issued', 'ticket.called', 'ticket.started', 'ticket.finished']));
    expect(rows.filter((r) => r.type === 'ticket.issued')).toHaveLength(2);
    const issued = rows.find((r) => r.type === 'ticket.issued');
    expect(issued).toMatchObject({ branchCode: s.config.branch.code, entityKind: 'ticket', schemaVersion: 1, day: '2026-11-23', localTime: '2026-11-23T09:00:00.000+07:00' });
    expect(issued?.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.hqOutbox.repo.state().lastSeq).toBe(rows.length);
  });

  it('a change that fails leaves neither its row nor a hole in the sequence', () => {
    const s = makeTestServices({ config: smallBranchConfig() });
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    expect(() =>
      s.uow.write(() => {
        s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    expect(s.hqOutbox.repo.after(0, 100).map((r) => r.seq)).toEqual([1, 2]);
  });

  it('carries no pause reason, help note, complaint text, NIK or phone', () => {
    const s = makeTestServices({ config: smallBranchConfig() });
    s.uow.write(() => s.hqConfig.repo.savePersonKey(NATIONAL.id, NATIONAL.key));
    s.counters.open('l1', cso);
    s.counters.pause('l1', 'urusan keluarga pak budi', cso);
    s.help.raise('kios-1', 'ibu kursi roda di pintu 2');
    const filed = s.complaints.create(
      { category: s.complaints.categories()[0]!.id, reporter: { name: 'Siti Aminah', nik: '3174012345678901', phone: '081234567890' }, description: 'petugas loket 3 membentak saya', consent: true },
      KIOSK_ACTOR,
    );
    const text = JSON.stringify(s.hqOutbox.repo.after(0, 100));
    for (const secret of ['pak budi', 'kursi roda', 'Siti', '3174012345678901', '081234567890', 'membentak']) expect(text).not.toContain(secret);
    const complaint = s.hqOutbox.repo.after(0, 100).find((r) => r.type === 'complaint.received');
    expect(complaint).toMatchObject({ entityKind: 'complaint', entityId: filed.reference, payload: { channel: 'kiosk', personHash: expect.stringMatching(/^[0-9a-f]{8}:[a-p]{64}$/) } });
  });

  it('hashes a person with the national key, so two branches give head office the same hash; before the key came, no hash leaves', () => {
    const file = (s: ReturnType<typeof makeTestServices>, nik: string) =>
      s.complaints.create({ category: s.complaints.categories()[0]!.id, reporter: { name: 'Siti Aminah', nik, phone: '081234567890' }, description: 'antrean terlalu lama', consent: true }, KIOSK_ACTOR);
    const hashOf = (s: ReturnType<typeof makeTestServices>, reference: string) => {
      const row = s.hqOutbox.repo.after(0, 100).find((r) => r.type === 'complaint.received' && r.entityId === reference);
      const payload: unknown = row?.payload;
      return typeof payload === 'object' && payload !== null && 'personHash' in payload ? payload.personHash : undefined;
    };
    const a = makeTestServices({ config: smallBranchConfig() });
    const b = makeTestServices({ config: smallBranchConfig() });
    const before = file(a, '3174012345678901');
    expect(hashOf(a, before.reference)).toBeUndefined();
    for (const s of [a, b]) s.uow.write(() => s.hqConfig.repo.savePersonKey(NATIONAL.id, NATIONAL.key));
    const inA = hashOf(a, file(a, '3174012345678901').reference);
    const inB = hashOf(b, file(b, '3174012345678901').reference);
    const other = hashOf(b, file(b, '3174012345678902').reference);
    expect(inA).toMatch(/^[0-9a-f]{8}:[a-p]{64}$/);
    expect(inA).toBe(inB);
    expect(other).not.toBe(inA);
    // The branch's own duplicate hint (its own key) still finds the earlier complaint of the same person.
    const second = a.complaints.list({}).find((c) => c.reference !== before.reference)!;
    expect(a.complaints.detail(second.reference, { userId: 1, username: 'admin', role: 'admin' }).duplicates).toEqual([before.reference]);
  });

  it('a survey answer goes with its scores, never its comment', () => {
    const s = makeTestServices({ config: smallBranchConfig() });
    s.counters.open('l1', cso);
    const t = serveOne(s);
    const { token } = s.surveys.finishAnswerOf(t.id, 'http://cabang.test');
    s.surveys.submit({ token, overall: 4, answers: { u1: 4, u2: 3 }, comment: 'petugas bernama Andi sangat ramah' });
    const answered = s.hqOutbox.repo.after(0, 100).find((r) => r.type === 'survey.answered');
    expect(answered).toMatchObject({ entityKind: 'ticket', entityId: t.id, payload: { serviceId: 'jht', counterId: 'l1', overall: 4, answers: { u1: 4, u2: 3 } } });
    expect(JSON.stringify(answered)).not.toContain('Andi');
  });

  it('seals a day after it ends: first and last sequence, counts by type and the hash over its ids', () => {
    const s = makeTestServices({ config: smallBranchConfig(), start: '2026-11-23T09:00:00Z' }); // 16:00 WIB
    s.counters.open('l1', cso);
    serveOne(s);
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    runHousekeeping(s);
    expect(s.hqOutbox.repo.after(0, 100).some((r) => r.type === 'day.sealed')).toBe(false);
    s.clock.advanceMinutes(8 * 60); // 00:00 WIB the next day
    runHousekeeping(s);
    const rows = s.hqOutbox.repo.after(0, 100);
    const day = rows.filter((r) => r.day === '2026-11-23' && r.type !== 'day.sealed');
    const seal = rows.find((r) => r.type === 'day.sealed');
    const ids = day.map((r) => `${r.seq}:${r.eventId}`).join('\n');
    expect(seal?.payload).toEqual({
      day: '2026-11-23',
      firstSeq: day[0]!.seq,
      lastSeq: day.at(-1)!.seq,
      count: day.length,
      countsByType: { 'counter.updated': 1, 'survey.offered': 1, 'ticket.called': 1, 'ticket.finished': 1, 'ticket.issued': 2, 'ticket.started': 1 },
      idsHash: createHash('sha256').update(ids).digest('hex'),
    });
    // The day close (expired ticket, counters closed) came after midnight: the next day's events.
    expect(rows.filter((r) => r.type === 'day.closed').map((r) => r.day)).toEqual(['2026-11-24']);
    runHousekeeping(s);
    expect(s.hqOutbox.repo.after(0, 100).filter((r) => r.type === 'day.sealed')).toHaveLength(1);
  });

  it('an event dated on a sealed day (the clock set back) joins the next day, so a seal never changes', () => {
    const s = makeTestServices({ config: smallBranchConfig(), start: '2026-11-23T09:00:00Z' });
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.clock.advanceMinutes(8 * 60);
    runHousekeeping(s);
    s.clock.advanceMinutes(-60); // back to 23:00 WIB of the sealed day
    s.uow.write(() => s.uow.emit('counter.updated', { counterId: 'l1', state: 'closed', pauseReason: null }, s.now()));
    expect(s.hqOutbox.repo.after(0, 100).at(-1)).toMatchObject({ type: 'counter.updated', day: '2026-11-24' });
  });
});

describe('the outbox keep period', () => {
  it('counts from the acknowledgement, not from the event: rows sent after a long outage are kept the full period; unacknowledged rows never go', () => {
    const s = makeTestServices({ config: smallBranchConfig() });
    for (let i = 0; i < 5; i++) s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    // Twenty days of WAN outage: the day is sealed, nothing acknowledged.
    s.clock.advanceMinutes(20 * 24 * 60);
    runHousekeeping(s);
    expect(s.hqOutbox.repo.after(0, 100).length).toBeGreaterThan(5);
    const sealedThrough = s.hqOutbox.repo.state().lastSeq;
    // The link comes back: head office acknowledges everything today.
    s.uow.write(() => s.hqOutbox.repo.acknowledge(sealedThrough, s.now(), 0));
    s.clock.advanceMinutes(13 * 24 * 60);
    runHousekeeping(s);
    expect(s.hqOutbox.repo.range(1, 5, 10).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    const unacked = s.hqOutbox.repo.after(sealedThrough, 100).map((r) => r.seq);
    s.clock.advanceMinutes(60 * 24 * 60);
    runHousekeeping(s);
    expect(s.hqOutbox.repo.range(1, sealedThrough, 100)).toEqual([]);
    expect(s.hqOutbox.repo.after(sealedThrough, 100).map((r) => r.seq)).toEqual(expect.arrayContaining(unacked));
  });
});
