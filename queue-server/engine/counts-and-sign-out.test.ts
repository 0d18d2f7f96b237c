/**
 * What the wait wording, the supervisor's counter cards and signing out read from the engine:
 * counters open per service, the fast-track run per counter, the last call of a ticket, and the
 * counters an officer leaves behind. Written for the survivors of the session 7 engine mutation run.
 */
import { describe, expect, it } from 'vitest';
import { caught } from '../testing/caught.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR, type Actor } from './actor.ts';
import { toTicketDto } from './dto.ts';

const cso = officer(1);
const pad: Actor = { userId: null, username: 'tombol-panggil:pad-1', role: 'cso' };
const branch = () => makeTestServices({ config: smallBranchConfig() });
type Services = ReturnType<typeof branch>;
/** The overview's counter cards (its extras make the whole answer loosely typed). */
const cards = (s: Services) => s.views.overview().counters as { id: string; state: string; consecutiveFastTrack: number }[];

describe('counters open for a service', () => {
  it('counts only open counters that serve the service: none before opening, none while paused', () => {
    const s = branch();
    expect(s.engine.openCountersFor('jht')).toBe(0);
    s.counters.open('l2', cso);
    expect(s.engine.openCountersFor('jht')).toBe(1);
    expect(s.engine.openCountersFor('info')).toBe(1);
    s.counters.open('l1', officer(2));
    expect(s.engine.openCountersFor('jht')).toBe(2);
    expect(s.engine.openCountersFor('info')).toBe(1); // Loket 1 does not serve Informasi
    s.counters.pause('l2', 'istirahat', cso);
    expect(s.engine.openCountersFor('info')).toBe(0);
    expect(s.views.services().map((v) => [v.id, v.openCounters])).toEqual([['jht', 1], ['info', 0]]);
  });
});

describe('the counter cards', () => {
  it('show the fast-track run of each counter (the branch head\'s overview), 0 for a counter that never called', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: 'elderly' }, KIOSK_ACTOR);
    s.counters.open('l1', cso);
    s.engine.callNext('l1', cso);
    const runs = Object.fromEntries(cards(s).map((c) => [c.id, c.consecutiveFastTrack]));
    expect(runs).toEqual({ l1: 1, l2: 0 });
  });
});

describe('a ticket as it leaves the server', () => {
  it('carries the time of its last call (a recall moves it, the first call stays)', () => {
    const s = branch();
    const issued = s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR).ticket;
    expect(toTicketDto(issued).lastCalledAt).toBeNull();
    s.counters.open('l1', cso);
    const called = s.engine.callNext('l1', cso)!;
    expect(toTicketDto(called).lastCalledAt).toBe(toTicketDto(called).calledAt);
    s.clock.ms += 60_000;
    const recalled = s.engine.recall(called.id, cso);
    expect(toTicketDto(recalled).lastCalledAt).toBe(new Date(s.clock.now()).toISOString());
    expect(toTicketDto(recalled).calledAt).toBe(toTicketDto(called).calledAt);
  });
});

describe('signing out', () => {
  it('closes the counters the officer holds and names them; a call pad holds none', () => {
    const s = branch();
    s.counters.open('l1', cso);
    s.counters.open('l2', officer(2));
    expect(s.counters.signOut(pad)).toEqual([]);
    expect(s.counters.signOut(cso)).toEqual(['l1']);
    const states = Object.fromEntries(s.views.counters().map((c) => [c.id, c.state]));
    expect(states).toEqual({ l1: 'closed', l2: 'open' });
  });
  it('leaves alone a counter a call pad opened (it has no officer), whoever signs out', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.engine.callNext('l1', pad);
    expect(s.counters.signOut(pad)).toEqual([]);
    expect(s.counters.signOut(cso)).toEqual([]);
    expect(cards(s).find((c) => c.id === 'l1')?.state).toBe('open');
  });
  it('refuses while a ticket is called or served there, saying which and what to do', () => {
    const s = branch();
    s.engine.issue({ serviceId: 'jht', fastTrack: null }, KIOSK_ACTOR);
    s.counters.open('l1', cso);
    const called = s.engine.callNext('l1', cso)!;
    const refusal = caught(() => s.counters.signOut(cso));
    expect(refusal.code).toBe('counter.has_active_ticket');
    expect(refusal.message).toBe('Belum bisa keluar: Loket 1 masih memanggil nomor A-001. Selesaikan, tandai tidak hadir, atau pindahkan dulu.');
    expect(refusal.details).toEqual({ activeTicketId: called.id });
    s.engine.start(called.id, cso);
    expect(caught(() => s.counters.signOut(cso)).message).toMatch(/masih melayani nomor A-001/);
  });
});
