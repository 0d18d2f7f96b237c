import { describe, expect, it } from 'vitest';
import type { QueueEvent } from '../../shared/contracts/events.ts';
import type { QueueSnapshotDto } from '../../shared/contracts/queue.ts';
import type { PublicTicketDto, TicketEventType } from '../../shared/contracts/tickets.ts';
import { applyEvent, fromSnapshot, rebase, type BoardState } from './state.ts';

const ticket = (n: string, over: Partial<PublicTicketDto> = {}): PublicTicketDto => ({
  id: `t-${n}`,
  number: n,
  serviceId: 'klaim',
  status: 'waiting',
  counterId: null,
  isFastTrack: false,
  calledAt: null,
  ...over,
});

const snapshot = (over: Partial<QueueSnapshotDto> = {}): QueueSnapshotDto => ({
  branch: { code: 'JKT01', name: 'Kantor Cabang Jakarta Salemba', timeZone: 'Asia/Jakarta', runningText: 'Selamat datang' },
  serviceDay: '2026-11-21',
  generatedAt: '2026-11-21T03:00:00.000Z',
  lastEventId: 10,
  rules: { recall: { maxRecalls: 3, minIntervalSeconds: 20, missedReturnMinutes: 30 } },
  services: [{ id: 'klaim', prefix: 'A', name: 'Klaim JHT', description: 'x', waiting: 5, estimatedWaitMinutes: 20, openCounters: 1 }],
  counters: [
    { id: 'l1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['klaim'], state: 'open', current: null },
    { id: 'l3', name: 'Loket 3', spokenNumber: 3, serviceIds: ['klaim'], state: 'open', current: null },
  ],
  recentCalls: [],
  missed: [],
  ...over,
});

let nextAt = 0;
const ev = (id: number, type: TicketEventType, t: PublicTicketDto, counterId: string | null = 'l3'): QueueEvent => ({
  id,
  type,
  at: new Date(Date.UTC(2026, 10, 21, 3, 0, nextAt++)).toISOString(),
  data: { ticket: { ...t, counterId }, counterId },
});

const called = (t: PublicTicketDto, counterId: string | null = 'l3') => ({ ticket: t, counterId, calledAt: '2026-11-21T02:59:00.000Z' });

const apply = (s: BoardState, ...events: QueueEvent[]) => events.reduce((acc, e) => applyEvent(acc, e).state, s);

describe('board state', () => {
  it('a call puts the ticket on the big panel, at its counter, on top of the recent calls, and asks to announce it', () => {
    const s0 = fromSnapshot(snapshot());
    const { state, announce } = applyEvent(s0, ev(11, 'ticket.called', ticket('A-012')));
    expect(state.nowCalling?.ticket.number).toBe('A-012');
    expect(state.nowCalling?.counterId).toBe('l3');
    expect(state.counters.find((c) => c.id === 'l3')?.current?.number).toBe('A-012');
    expect(state.recentCalls.map((c) => c.ticket.number)).toEqual(['A-012']);
    expect(state.services[0]?.waiting).toBe(4);
    expect(announce?.clips).toEqual(['chime', 'nomor-antrian', 'huruf-a', 'dua', 'belas', 'silakan-menuju-loket', 'tiga']);
    expect(announce?.label).toBe('A-012 → Loket 3');
  });

  it('a recall flashes again and is announced with a new key; the recent list does not repeat the ticket', () => {
    const s0 = fromSnapshot(snapshot());
    const r1 = applyEvent(s0, ev(11, 'ticket.called', ticket('A-012')));
    const r2 = applyEvent(r1.state, ev(12, 'ticket.called', ticket('A-013'), 'l1'));
    const r3 = applyEvent(r2.state, ev(13, 'ticket.recalled', ticket('A-012')));
    expect(r3.state.recentCalls.map((c) => c.ticket.number)).toEqual(['A-012', 'A-013']);
    expect(r3.state.nowCalling?.flash).toBe(3);
    expect(r3.announce?.key).not.toBe(r1.announce?.key);
  });

  it('keeps the last six calls, newest first', () => {
    let s = fromSnapshot(snapshot());
    for (let i = 1; i <= 8; i++) s = apply(s, ev(10 + i, 'ticket.called', ticket(`A-00${i}`)));
    expect(s.recentCalls.map((c) => c.ticket.number)).toEqual(['A-008', 'A-007', 'A-006', 'A-005', 'A-004', 'A-003']);
  });

  it('a no-show lists the ticket as missed and frees the counter; a return or a new call removes it', () => {
    const t = ticket('A-012');
    let s = apply(fromSnapshot(snapshot()), ev(11, 'ticket.called', t), ev(12, 'ticket.missed', t));
    expect(s.missed.map((m) => m.number)).toEqual(['A-012']);
    expect(s.counters.find((c) => c.id === 'l3')?.current).toBeNull();
    s = apply(s, ev(13, 'ticket.returned', t));
    expect(s.missed).toEqual([]);
  });

  it('shows a counter closing or pausing at once', () => {
    const s = apply(fromSnapshot(snapshot()), { id: 11, type: 'counter.updated', at: 'x', data: { counterId: 'l1', state: 'paused', pauseReason: 'Istirahat' } });
    expect(s.counters.map((c) => c.state)).toEqual(['paused', 'open']);
  });

  it('events that do not concern the board change nothing but move past their id', () => {
    const s0 = fromSnapshot(snapshot());
    const helpRequest = { id: 1, source: 'kios-1', note: null, status: 'open' as const, createdAt: 'x', resolvedAt: null, resolvedBy: null };
    const others: QueueEvent[] = [
      { id: 11, type: 'help.requested', at: 'x', data: { helpRequest } },
      { id: 12, type: 'callpad.status', at: 'x', data: { padId: 'p1', counterId: 'l1', state: 'connected', path: null } },
      { id: 13, type: 'day.closed', at: 'x', data: { serviceDay: '2026-11-20', expired: 0 } },
    ];
    const s = apply(s0, ...others);
    expect({ ...s, lastEventId: 10, pendingEvents: [] }).toEqual(s0);
    expect(s.lastEventId).toBe(13);
  });

  it('a call for an unknown counter is shown but not announced (nothing sensible to say)', () => {
    const r = applyEvent(fromSnapshot(snapshot()), ev(11, 'ticket.called', ticket('A-012'), 'l9'));
    expect(r.state.nowCalling?.ticket.number).toBe('A-012');
    expect(r.announce).toBeNull();
  });

  it('a replayed event changes nothing but is still offered for announcing (the sequencer dedupes)', () => {
    const e = ev(11, 'ticket.called', ticket('A-012'));
    const r1 = applyEvent(fromSnapshot(snapshot()), e);
    const r2 = applyEvent(r1.state, e);
    expect(r2.state).toBe(r1.state);
    expect(r2.announce?.key).toBe(r1.announce?.key);
  });

  it('rebase keeps events newer than a late snapshot, whichever arrived first', () => {
    const s0 = fromSnapshot(snapshot());
    const s1 = apply(s0, ev(11, 'ticket.called', ticket('A-001')), ev(12, 'ticket.called', ticket('A-002'), 'l1'));
    // The snapshot was generated after event 11 but arrived after event 12.
    const late = snapshot({
      lastEventId: 11,
      recentCalls: [called(ticket('A-001', { status: 'called', counterId: 'l3' }))],
      counters: [
        { id: 'l1', name: 'Loket 1', spokenNumber: 1, serviceIds: ['klaim'], state: 'open', current: null },
        { id: 'l3', name: 'Loket 3', spokenNumber: 3, serviceIds: ['klaim'], state: 'open', current: ticket('A-001', { status: 'called', counterId: 'l3' }) },
      ],
    });
    const s2 = rebase(s1, late);
    expect(s2.recentCalls.map((c) => c.ticket.number)).toEqual(['A-002', 'A-001']);
    expect(s2.counters.map((c) => c.current?.number ?? null)).toEqual(['A-002', 'A-001']);
    expect(s2.lastEventId).toBe(12);
  });

  it('a snapshot keeps the flash counter when it shows the same call, so the board does not flash again', () => {
    const s1 = apply(fromSnapshot(snapshot()), ev(11, 'ticket.called', ticket('A-001')));
    const s2 = fromSnapshot(snapshot({ lastEventId: 11, recentCalls: [called(ticket('A-001', { status: 'called', counterId: 'l3' }))] }), s1);
    expect(s2.nowCalling?.flash).toBe(s1.nowCalling?.flash);
  });

  it('a missed ticket leaves the big panel (which falls back to the newest call still standing) but stays in the last calls with its counter', () => {
    const a = ticket('A-003', { status: 'called' });
    const b = ticket('A-004', { status: 'called' });
    let s = apply(fromSnapshot(snapshot()), ev(11, 'ticket.called', a, 'l1'), ev(12, 'ticket.called', b));
    expect(s.nowCalling?.ticket.number).toBe('A-004');
    s = apply(s, ev(13, 'ticket.missed', { ...b, status: 'missed' }, null));
    expect(s.nowCalling?.ticket.number).toBe('A-003');
    expect(s.nowCalling?.counterId).toBe('l1');
    expect(s.recentCalls.map((c) => [c.ticket.number, c.ticket.status, c.counterId])).toEqual([['A-004', 'missed', 'l3'], ['A-003', 'called', 'l1']]);
    s = apply(s, ev(14, 'ticket.started', { ...a, status: 'serving' }, 'l1'), ev(15, 'ticket.finished', { ...a, status: 'done' }, 'l1'));
    expect(s.nowCalling).toBeNull();
  });

  it('a called ticket that is transferred leaves the panel, keeps its place and counter in the last calls, and its next call is the current one', () => {
    const t = ticket('A-005', { status: 'called' });
    const services = [...snapshot().services, { id: 'info', prefix: 'D', name: 'Informasi', description: 'x', waiting: 0, estimatedWaitMinutes: 0, openCounters: 1 }];
    let s = apply(fromSnapshot(snapshot({ services })), ev(11, 'ticket.called', t, 'l1'), ev(12, 'ticket.transferred', { ...t, status: 'waiting', serviceId: 'info' }, 'l1'));
    expect(s.nowCalling).toBeNull();
    expect(s.recentCalls.map((c) => [c.ticket.number, c.ticket.status, c.counterId])).toEqual([['A-005', 'waiting', 'l1']]);
    expect(s.services.map((x) => [x.id, x.waiting])).toEqual([['klaim', 4], ['info', 1]]);
    s = apply(s, ev(13, 'ticket.called', { ...t, serviceId: 'info' }, 'l3'));
    expect(s.nowCalling?.counterId).toBe('l3');
    expect(s.recentCalls.map((c) => c.counterId)).toEqual(['l3']);
  });

  it('from a snapshot, the panel shows the newest call still standing, never a missed one', () => {
    const s = fromSnapshot(snapshot({ recentCalls: [called(ticket('A-004', { status: 'missed' }), 'l1'), called(ticket('A-003', { status: 'serving', counterId: 'l3' }))] }));
    expect(s.nowCalling?.ticket.number).toBe('A-003');
    expect(s.recentCalls.map((c) => c.counterId)).toEqual(['l1', 'l3']);
    expect(fromSnapshot(snapshot({ recentCalls: [called(ticket('A-004', { status: 'missed' }), 'l1')] })).nowCalling).toBeNull();
  });
});
