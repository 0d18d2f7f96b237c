import { describe, expect, it } from 'vitest';
import { BRANCH_TIME_ZONES, UTC_OFFSET_MINUTES, type BranchTimeZone } from '../../shared/calendar/timezone.ts';
import { AuditRepository } from '../store/audit-repository.ts';
import { KIOSK_ACTOR } from './actor.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';

const cso = officer(1);

function branch(start?: string, timeZone: BranchTimeZone = 'Asia/Jakarta') {
  const config = smallBranchConfig();
  return makeTestServices({ config: { ...config, branch: { ...config.branch, timeZone } }, ...(start ? { start } : {}) });
}

describe('ticket numbering', () => {
  it('numbers each service separately from 001 within a day', () => {
    const s = branch();
    const numbers = ['jht', 'jht', 'info', 'jht'].map((serviceId) => s.engine.issue({ serviceId, fastTrack: null }, KIOSK_ACTOR).ticket.number);
    expect(numbers).toEqual(['A-001', 'A-002', 'D-001', 'A-003']);
  });

  for (const tz of BRANCH_TIME_ZONES) {
    it(`restarts at local midnight in ${tz} and closes yesterday's open tickets with an explicit outcome`, () => {
      // 23:59 local time on 23 November.
      const offset = UTC_OFFSET_MINUTES[tz];
      const beforeMidnight = Date.UTC(2026, 10, 23, 23, 59) - offset * 60_000;
      const s = branch(new Date(beforeMidnight).toISOString(), tz);
      const a1 = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
      const a2 = s.engine.issue({ serviceId: 'jht', fastTrack: 'elderly' }, KIOSK_ACTOR).ticket;
      s.engine.callNext('l1', cso);
      expect(a1.serviceDay).toBe('2026-11-23');

      s.clock.advanceSeconds(59); // 23:59:59 — still the same day
      expect(s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket.number).toBe('A-003');

      s.clock.advanceSeconds(2); // 00:00:01 the next day
      const next = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
      expect(next.number).toBe('A-001');
      expect(next.serviceDay).toBe('2026-11-24');

      const yesterday = s.engine.ticketsOfDay('2026-11-23');
      expect(yesterday.map((t) => [t.number, t.status, t.closedReason])).toEqual([
        ['A-001', 'expired', 'hari_berakhir'],
        ['A-002', 'expired', 'hari_berakhir'],
        ['A-003', 'expired', 'hari_berakhir'],
      ]);
      expect(a2.id).toBe(yesterday[1]?.id);
      // The counter starts the new day free: the called ticket of yesterday no longer holds it.
      expect(s.engine.callNext('l1', cso)?.number).toBe('A-001');
    });
  }
});

describe('ticket lifecycle', () => {
  it('waiting -> called -> serving -> done, recording who called it by which rule', () => {
    const s = branch();
    const issued = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    const called = s.engine.callNext('l1', cso);
    expect(called).toMatchObject({ id: issued.id, status: 'called', counterId: 'l1', callRule: 'normal' });
    expect(s.engine.start(issued.id, cso).status).toBe('serving');
    expect(s.engine.finish(issued.id, cso).status).toBe('done');
    expect(new AuditRepository(s.db).byAction('call').map((a) => a.detail)).toEqual([{ rule: 'normal' }]);
  });

  it('refuses a wrong state with a conflict naming the ticket', () => {
    const s = branch();
    const t = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    expect(() => s.engine.finish(t.id, cso)).toThrowError(/A-001.*menunggu/);
  });

  it('keeps at most one active ticket per counter: call-next with a called ticket is a conflict, not a skip', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.engine.callNext('l1', cso);
    expect(() => s.engine.callNext('l1', cso)).toThrowError(/masih memanggil nomor A-001/);
    expect(s.engine.ticketsOfDay(s.engine.today()).map((t) => t.status)).toEqual(['called', 'waiting']);
  });

  it('answers null when nobody waits for the counter’s services', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'info', fastTrack: null }, KIOSK_ACTOR);
    expect(s.engine.callNext('l1', cso)).toBeNull();
    // One officer holds one counter: Loket 1 is now cso's, so a colleague calls at Loket 2.
    expect(s.engine.callNext('l2', officer(2))?.number).toBe('D-001');
  });

  it('recall: at most 3 times, at least 20 seconds apart', () => {
    const s = branch();
    const t = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    s.engine.callNext('l1', cso);
    expect(() => s.engine.recall(t.id, cso)).toThrowError(/Tunggu 20 detik/);
    for (let i = 1; i <= 3; i++) {
      s.clock.advanceSeconds(20);
      expect(s.engine.recall(t.id, cso).recallCount).toBe(i);
    }
    s.clock.advanceSeconds(20);
    expect(() => s.engine.recall(t.id, cso)).toThrowError(/sudah dipanggil ulang 3 kali/);
  });

  it('a missed visitor who returns within 30 minutes keeps the original place; later joins the end', () => {
    const s = branch();
    const first = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    s.clock.advanceMinutes(1);
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.engine.callNext('l1', cso);
    s.engine.noShow(first.id, cso);
    s.clock.advanceMinutes(29);
    s.engine.returnToQueue(first.id, cso);
    expect(s.engine.callNext('l1', cso)?.number).toBe('A-001');

    s.engine.noShow(first.id, cso);
    s.clock.advanceMinutes(31);
    s.engine.returnToQueue(first.id, cso);
    expect(s.engine.callNext('l1', cso)?.number).toBe('A-002');
  });

  it('transfer keeps the number, arrival time and fast track, and frees the counter', () => {
    const s = branch();
    const early = s.engine.issue({ serviceId: 'jht', fastTrack: 'pregnant' }, KIOSK_ACTOR).ticket;
    s.clock.advanceMinutes(5);
    s.engine.issue({ serviceId: 'info', fastTrack: null }, KIOSK_ACTOR);
    s.engine.callNext('l1', cso);
    const moved = s.engine.transfer(early.id, 'info', cso);
    expect(moved).toMatchObject({ number: 'A-001', serviceId: 'info', originServiceId: 'jht', fastTrack: 'pregnant', status: 'waiting', queuedAt: early.queuedAt, counterId: null });
    expect(s.engine.callNext('l2', officer(2))?.number).toBe('A-001');
    expect(() => s.engine.transfer(early.id, 'nope', cso)).toThrowError(/tidak dikenal/);
  });

  it('a paused counter calls nobody until resumed', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.counters.open('l1', cso);
    s.counters.pause('l1', 'Istirahat sholat', cso);
    expect(() => s.engine.callNext('l1', cso)).toThrowError(/jeda/);
    s.counters.resume('l1', cso);
    expect(s.engine.callNext('l1', cso)?.number).toBe('A-001');
  });

  it('one officer per counter: another officer cannot call from a held counter', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.counters.open('l1', cso);
    expect(() => s.engine.callNext('l1', officer(2))).toThrowError(/petugas lain/);
    expect(() => s.counters.open('l1', officer(2))).toThrowError(/petugas lain/);
  });
});

describe('wait estimate', () => {
  it('counts people ahead (fast track jumps normal tickets) and uses the configured service time while no visit is finished', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    const fast = s.engine.issue({ serviceId: 'jht', fastTrack: 'disability' }, KIOSK_ACTOR);
    const normal = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    expect(fast.ahead).toBe(0);
    expect(normal.ahead).toBe(3);
    // Default 10 minutes per visit, two counters serve JHT in this branch.
    expect(normal.estimatedWaitMinutes).toBe(15);
  });
});
