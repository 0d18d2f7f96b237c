/**
 * The details a client acts on: error codes with their Indonesian messages and details, the
 * payloads of events, and the shapes that leave the server. Through the public engine API.
 */
import { describe, expect, it } from 'vitest';
import { caught } from '../testing/caught.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR, type Actor } from './actor.ts';
import { toPublicTicket, toTicketDto } from './dto.ts';

const cso = officer(1);
const pad: Actor = { userId: null, username: 'tombol-panggil:pad-1', role: 'cso' };
const branch = (overrides: Partial<BranchConfig> = {}) => makeTestServices({ config: smallBranchConfig(overrides) });
type Services = ReturnType<typeof branch>;
const issue = (s: Services, serviceId = 'jht') => s.engine.issue({ serviceId, fastTrack: null }, KIOSK_ACTOR).ticket;

const counterEvents = (s: Services) => (s.db.prepare("SELECT data FROM events WHERE type = 'counter.updated' ORDER BY id").all() as { data: string }[]).map((e) => JSON.parse(e.data) as unknown);

describe('error messages an officer reads', () => {
  it('name the thing and say what to do', () => {
    const s = branch();
    const t = issue(s);
    expect(caught(() => s.engine.service('pensiun')).message).toBe('Layanan "pensiun" tidak dikenal.');
    expect(caught(() => s.engine.transfer(t.id, 'pensiun', cso)).message).toBe('Layanan tujuan "pensiun" tidak dikenal.');
    expect(caught(() => s.engine.transfer(t.id, 'jht', cso)).message).toBe('Tiket A-001 sudah berada di layanan Klaim JHT.');
    s.counters.open('l1', cso);
    expect(caught(() => s.counters.resume('l1', cso)).message).toBe('Loket 1 tidak sedang jeda.');
    expect(caught(() => s.counters.pause('l1', 'x', officer(2))).message).toBe('Loket 1 dipegang petugas lain.');
    expect(caught(() => s.engine.callNext('l1', officer(2))).message).toBe('Loket 1 sedang dipakai petugas lain. Minta supervisor melepasnya bila petugas itu sudah pergi.');
    const called = s.engine.callNext('l1', cso)!;
    expect(caught(() => s.engine.callNext('l1', cso)).details).toEqual({ activeTicketId: called.id });
    expect(caught(() => s.help.resolve(42, cso)).message).toBe('Permintaan bantuan tidak ditemukan.');
    const { request } = s.help.raise('kios-1', null);
    s.help.resolve(request.id, cso);
    expect(caught(() => s.help.resolve(request.id, cso)).message).toBe('Permintaan bantuan ini sudah ditangani.');
  });
});

describe('counter events from call-next', () => {
  it('a pad opening a closed counter announces it, and so does an officer taking over from the pad', () => {
    const s = branch();
    issue(s);
    issue(s);
    const first = s.engine.callNext('l1', pad)!;
    s.engine.noShow(first.id, pad);
    s.engine.callNext('l1', cso);
    expect(counterEvents(s)).toEqual([
      { counterId: 'l1', state: 'open', pauseReason: null },
      { counterId: 'l1', state: 'open', pauseReason: null },
    ]);
    // The same officer calling again changes nothing about the counter: no event.
    const again = s.engine.ticketsOfDay(s.engine.today()).find((t) => t.status === 'called')!;
    s.engine.noShow(again.id, cso);
    s.engine.callNext('l1', cso);
    expect(counterEvents(s)).toHaveLength(2);
  });

  it('an officer may pause or close a counter a pad opened without opening it first', () => {
    const s = branch();
    const t = issue(s);
    s.engine.callNext('l1', pad);
    s.engine.noShow(t.id, pad);
    expect(s.counters.pause('l1', 'Istirahat', cso)).toMatchObject({ state: 'paused', userId: 1 });
    const u = branch();
    const v = issue(u);
    u.engine.callNext('l1', pad);
    u.engine.noShow(v.id, pad);
    expect(u.counters.close('l1', cso).state).toBe('closed');
  });
});

describe('open counters for the estimate', () => {
  it('with three counters for a service and one open, the wait is shared by one', () => {
    const base = smallBranchConfig();
    const s = branch({ counters: [...base.counters, { id: 'l3', name: 'Loket 3', spokenNumber: 3, serviceIds: ['jht'] }] });
    issue(s);
    issue(s);
    const t = issue(s);
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(7); // 2 × 10 ÷ 3, before any opens
    s.counters.open('l3', cso);
    expect(s.engine.estimateFor(t).estimatedWaitMinutes).toBe(20);
  });
});

describe('overview details', () => {
  it('counters nobody touched are closed; a transfer is counted for the counter it left', () => {
    const s = branch();
    expect(s.views.overview().counters.map((c: { state: string }) => c.state)).toEqual(['closed', 'closed']);
    const t = issue(s);
    s.engine.callNext('l1', cso);
    s.engine.transfer(t.id, 'info', cso);
    expect(s.views.overview().counters[0]?.today).toEqual({ called: 1, finished: 0, missed: 0, transferred: 1 });
  });
});

describe('help request events', () => {
  it('carry the request', () => {
    const s = branch();
    const { request } = s.help.raise('kios-1', 'Tolong');
    const resolved = s.help.resolve(request.id, cso);
    const data = (s.db.prepare("SELECT type, data FROM events WHERE type LIKE 'help.%' ORDER BY id").all() as { type: string; data: string }[]).map((e) => [e.type, JSON.parse(e.data) as unknown]);
    expect(data).toEqual([
      ['help.requested', { helpRequest: request }],
      ['help.resolved', { helpRequest: resolved }],
    ]);
  });
});

describe('ticket shapes', () => {
  it('a waiting ticket has no times beyond its issue, in both shapes', () => {
    const s = branch();
    const t = issue(s);
    expect(toTicketDto(t)).toMatchObject({ issuedAt: '2026-11-23T02:00:00.000Z', calledAt: null, startedAt: null, finishedAt: null, missedAt: null });
    expect(toPublicTicket(t)).toEqual({ id: t.id, number: 'A-001', serviceId: 'jht', status: 'waiting', counterId: null, isFastTrack: false, calledAt: null });
  });
});
