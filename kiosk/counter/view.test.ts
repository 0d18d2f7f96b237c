import { describe, expect, it } from 'vitest';
import type { TicketDto } from '../../shared/contracts/index.ts';
import { ACTIONS, SHORTCUTS, actionForKey, currentTicket, enabledActions, returnableMissed, upsertTicket } from './view.ts';
import { waitingInCallOrder } from './call-order.ts';

const t = (n: string, over: Partial<TicketDto> = {}): TicketDto => ({
  id: `t-${n}`,
  number: n,
  serviceId: 'jht',
  originServiceId: 'jht',
  serviceDay: '2026-11-22',
  fastTrack: null,
  status: 'waiting',
  issuedAt: '2026-11-22T02:00:00.000Z',
  calledAt: null,
  startedAt: null,
  finishedAt: null,
  missedAt: null,
  counterId: null,
  recallCount: 0,
  callRule: null,
  closedReason: null,
  ...over,
});
const key = (k: string, over: Partial<Parameters<typeof actionForKey>[0]> = {}) => actionForKey({ key: k, ctrlKey: false, altKey: false, metaKey: false, inField: false, ...over });

describe('shortcuts', () => {
  it('has one distinct key per action and maps both cases', () => {
    expect(new Set(Object.values(SHORTCUTS)).size).toBe(ACTIONS.length);
    expect(key('n')).toBe('callNext');
    expect(key('N')).toBe('callNext');
    expect(key('u')).toBe('recall');
  });
  it('does nothing while typing in a field or with a modifier (Ctrl+S saves, it does not finish)', () => {
    expect(key('s', { inField: true })).toBeNull();
    expect(key('s', { ctrlKey: true })).toBeNull();
    expect(key('Enter')).toBeNull();
    expect(key('x')).toBeNull();
  });
});

describe('enabledActions', () => {
  it('an idle open counter can call next or pause', () => {
    expect([...enabledActions('open', null)].sort()).toEqual(['callNext', 'pause']);
  });
  it('a called ticket can be recalled, started, marked no-show or transferred; not called over', () => {
    expect([...enabledActions('open', t('A-001', { status: 'called' }))].sort()).toEqual(['noShow', 'recall', 'start', 'transfer']);
    // After the branch's last allowed recall, only no-show (or start, transfer) remain.
    expect([...enabledActions('open', t('A-001', { status: 'called', recallCount: 3 }), 3)].sort()).toEqual(['noShow', 'start', 'transfer']);
    expect([...enabledActions('open', t('A-001', { status: 'called', recallCount: 2 }), 3)]).toContain('recall');
  });
  it('a ticket being served can be finished or transferred', () => {
    expect([...enabledActions('open', t('A-001', { status: 'serving' }))].sort()).toEqual(['finish', 'transfer']);
  });
  it('a paused counter can only resume; a closed one nothing', () => {
    expect([...enabledActions('paused', null)]).toEqual(['resume']);
    expect([...enabledActions('closed', null)]).toEqual([]);
  });
});

describe('lists', () => {
  const tickets = [
    t('A-002', { issuedAt: '2026-11-22T02:05:00.000Z', fastTrack: 'elderly' }),
    t('A-001', { issuedAt: '2026-11-22T02:00:00.000Z' }),
    t('C-001', { serviceId: 'kepesertaan' }),
    t('A-003', { status: 'called', counterId: 'l1' }),
    t('A-004', { status: 'missed', missedAt: '2026-11-22T02:10:00.000Z' }),
    t('A-005', { status: 'missed', missedAt: '2026-11-22T01:00:00.000Z' }),
  ];
  it('finds the ticket at my counter', () => {
    expect(currentTicket(tickets, 'l1')?.number).toBe('A-003');
    expect(currentTicket(tickets, 'l2')).toBeNull();
  });
  it('lists waiting tickets of my services in the order the policy calls them, with why', () => {
    const services = [{ id: 'jht', name: 'Klaim JHT' }, { id: 'kepesertaan', name: 'Kepesertaan' }];
    const base = { tickets, counterId: 'l1', serviceIds: ['jht'], services, policy: { maxNormalWaitMinutes: 45, maxConsecutiveFastTrack: 3 }, now: Date.parse('2026-11-22T02:20:00.000Z') };
    const rows = waitingInCallOrder({ ...base, consecutiveFastTrack: 0 });
    // Fast track first although A-001 came earlier; arrival order would put A-001 first.
    expect(rows.map((r) => [r.ticket.number, r.rule, r.label, r.waitedMinutes])).toEqual([
      ['A-002', 'fast-track', 'Prioritas · Lansia', 15],
      ['A-001', 'normal', 'Urutan kedatangan', 20],
    ]);
    // After three fast-track calls in a row the normal line has its turn, and says so.
    const afterRun = waitingInCallOrder({ ...base, consecutiveFastTrack: 3 });
    expect(afterRun.map((r) => r.ticket.number)).toEqual(['A-001', 'A-002']);
    expect(afterRun[0]?.why).toEqual(['giliran antrean biasa setelah 3 panggilan prioritas berturut-turut']);
    // Past 45 minutes the normal ticket goes first, with the rule named.
    const late = waitingInCallOrder({ ...base, consecutiveFastTrack: 0, now: Date.parse('2026-11-22T02:46:00.000Z') });
    expect(late[0]).toMatchObject({ rule: 'normal-wait-limit', why: ['sudah menunggu 46 menit (batas 45 menit), didahulukan'] });
  });
  it('puts a ticket sent to my counter first and leaves out one sent to another counter; marks a return', () => {
    const list = [
      ...tickets,
      t('A-006', { issuedAt: '2026-11-22T02:15:00.000Z', counterId: 'l1' }),
      t('A-007', { issuedAt: '2026-11-22T01:50:00.000Z', counterId: 'l2' }),
      t('A-008', { issuedAt: '2026-11-22T01:40:00.000Z', lastCalledAt: '2026-11-22T01:55:00.000Z' }),
    ];
    const rows = waitingInCallOrder({ tickets: list, counterId: 'l1', serviceIds: ['jht'], services: [], consecutiveFastTrack: 0, policy: undefined, now: Date.parse('2026-11-22T02:20:00.000Z') });
    expect(rows.map((r) => r.ticket.number)).toEqual(['A-006', 'A-002', 'A-008', 'A-001']);
    expect(rows[0]?.rule).toBe('directed');
    expect(rows[2]?.why).toEqual(['kembali setelah tidak hadir']);
  });
  it('offers only missed tickets the server still lists (inside the return window)', () => {
    expect(returnableMissed(tickets, new Set(['t-A-004']), ['jht']).map((x) => x.number)).toEqual(['A-004']);
  });
});

describe('upsertTicket', () => {
  it('replaces the copy with the same id or adds it, so the next key press sees the new state', () => {
    const list = [t('A-001'), t('A-002')];
    const called = t('A-001', { status: 'called', counterId: 'l1' });
    expect(currentTicket(upsertTicket(list, called), 'l1')?.number).toBe('A-001');
    expect(upsertTicket(list, t('A-003')).map((x) => x.number)).toEqual(['A-001', 'A-002', 'A-003']);
  });
});
