import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboxEvent } from '../../shared/contracts/hq-sync.ts';
import { deriveFacts } from './derive.ts';

const ev = (seq: number, type: string, entityId: string, minute: number, payload: Record<string, unknown> = {}): OutboxEvent => ({
  branchCode: 'KC-01', seq, eventId: `e${seq}`, type, schemaVersion: 1, occurredAt: `2026-11-23T02:${String(minute).padStart(2, '0')}:00.000Z`,
  localTime: '', day: '2026-11-23', entity: { kind: 'ticket', id: entityId }, payload,
});

const day = [
  ev(1, 'ticket.issued', 't1', 0, { serviceId: 'jht', isFastTrack: false }),
  ev(2, 'ticket.called', 't1', 12),
  ev(3, 'ticket.recalled', 't1', 13),
  ev(4, 'ticket.called', 't1', 14),
  ev(5, 'ticket.finished', 't1', 30),
  ev(6, 'complaint.received', 'PGD-1', 31, { category: 'klaim-jht', channel: 'kiosk', personHash: 'abc' }),
  ev(7, 'complaint.resolved', 'PGD-1', 50, { from: 'dalam_proses', to: 'selesai' }),
  ev(8, 'survey.answered', 't1', 31, { serviceId: 'jht', overall: 4, answers: { u1: 4, u2: 3 } }),
];

describe('derived facts', () => {
  it('a ticket: first call, last finish, its issuing service; a complaint: received and first resolution', () => {
    const f = deriveFacts(day);
    expect(f.tickets).toEqual([{ ticketId: 't1', day: '2026-11-23', serviceId: 'jht', fastTrack: false, issuedAt: day[0]!.occurredAt, firstCalledAt: day[1]!.occurredAt, finishedAt: day[4]!.occurredAt }]);
    expect(f.complaints).toEqual([{ reference: 'PGD-1', category: 'klaim-jht', channel: 'kiosk', personHash: 'abc', receivedAt: day[5]!.occurredAt, resolvedAt: day[6]!.occurredAt }]);
    expect(f.surveys).toEqual([{ ticketId: 't1', day: '2026-11-23', serviceId: 'jht', overall: 4, answers: { u1: 4, u2: 3 } }]);
  });

  it('the same whatever order the events arrive in', () => {
    const sorted = (x: ReturnType<typeof deriveFacts>) => ({ ...x, dayCounts: [...x.dayCounts].sort((a, b) => (a.type < b.type ? -1 : 1)) });
    const expected = sorted(deriveFacts(day));
    fc.assert(fc.property(fc.shuffledSubarray(day, { minLength: day.length }), (shuffled) => {
      expect(sorted(deriveFacts(shuffled))).toEqual(expected);
    }));
  });
});
