import { describe, expect, it } from 'vitest';
import type { TicketDto } from '../../shared/contracts/index.ts';
import { ACTIONS, SHORTCUTS, actionForKey, currentTicket, enabledActions, returnableMissed, upsertTicket, waitingByService } from './view.ts';

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
  it('lists waiting tickets of my services, oldest first, fast track marked', () => {
    const rows = waitingByService(tickets, [{ id: 'jht', name: 'Klaim JHT', prefix: 'A' }, { id: 'kepesertaan', name: 'Kepesertaan', prefix: 'C' }], ['jht'], Date.parse('2026-11-22T02:20:00.000Z'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tickets).toEqual([
      { id: 't-A-001', number: 'A-001', fastTrack: false, waitedMinutes: 20 },
      { id: 't-A-002', number: 'A-002', fastTrack: true, waitedMinutes: 15 },
    ]);
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
