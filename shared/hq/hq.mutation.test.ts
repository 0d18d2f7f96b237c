/**
 * What leaves a branch for head office, read in one place: the projection of every event type
 * (and what it must not carry), the survey fact, the complaint and suggestion audit entries; the
 * day digest both sides hash; and the edges of the day, sequence and wait helpers.
 */
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../contracts/events.ts';
import { completenessText } from './completeness.ts';
import { localDayOf, localTimeOf, nextDay, outboxDayOf } from './day.ts';
import { dayDigest, SEAL_EVENT_TYPE } from './digest.ts';
import { HQ_FACTS, HQ_SCHEMA_VERSION, projectAudit, projectEvent, projectFact } from './projections.ts';
import { countInRanges, gapsOf, rangeLabel, rangesOf } from './seq-ranges.ts';
import { percentile, summarizeWaits } from './waits.ts';

const ticketData = {
  ticket: { id: 't1', number: 'A001', serviceId: 'jht', status: 'called', counterId: 'l2', isFastTrack: true, calledAt: '2026-11-23T01:00:00.000Z' },
  counterId: 'l1',
} satisfies EventPayload<'ticket.called'>;

describe('head-office projections of branch events', () => {
  it('every ticket event sends the number, service, status, acting counter and fast-track flag', () => {
    for (const type of ['ticket.issued', 'ticket.called', 'ticket.recalled', 'ticket.started', 'ticket.finished', 'ticket.missed', 'ticket.returned', 'ticket.transferred', 'ticket.cancelled'] as const) {
      expect(projectEvent(type, ticketData), type).toEqual({
        entity: { kind: 'ticket', id: 't1' },
        payload: { number: 'A001', serviceId: 'jht', status: 'called', counterId: 'l1', isFastTrack: true },
      });
    }
  });

  it("without an acting counter the ticket's own counter is sent", () => {
    expect(projectEvent('ticket.finished', { ...ticketData, counterId: null })?.payload).toMatchObject({ counterId: 'l2' });
  });

  it('day, counter, help, printer and survey events keep only their non-personal facts', () => {
    expect(projectEvent('day.closed', { serviceDay: '2026-11-23', expired: 4 })).toEqual({ entity: { kind: 'day', id: '2026-11-23' }, payload: { serviceDay: '2026-11-23', expired: 4 } });
    expect(projectEvent('counter.updated', { counterId: 'l1', state: 'paused', pauseReason: 'sholat' })).toEqual({ entity: { kind: 'counter', id: 'l1' }, payload: { counterId: 'l1', state: 'paused' } });
    const help = { id: 7, source: 'kiosk', note: 'kursi roda', status: 'open', createdAt: '2026-11-23T01:00:00.000Z', resolvedAt: null, resolvedBy: null } satisfies EventPayload<'help.requested'>['helpRequest'];
    expect(projectEvent('help.requested', { helpRequest: help })).toEqual({ entity: { kind: 'help', id: '7' }, payload: { status: 'open' } });
    expect(projectEvent('help.resolved', { helpRequest: { ...help, status: 'resolved', resolvedBy: 'spv' } })).toEqual({ entity: { kind: 'help', id: '7' }, payload: { status: 'resolved' } });
    const printer = {
      printerId: 'p1', condition: 'paper-out', detail: 'sensor', checkedAt: 5, counterId: null, kind: 'tcp', address: '10.0.0.5:9100', label: 'kertas habis', pendingJobs: 0, previousCondition: 'ok',
    } satisfies EventPayload<'printer.status'>;
    expect(projectEvent('printer.status', printer)).toEqual({ entity: { kind: 'printer', id: 'kiosk' }, payload: { condition: 'paper-out', kind: 'tcp' } });
    expect(projectEvent('printer.status', { ...printer, counterId: 'l3' })?.entity).toEqual({ kind: 'printer', id: 'l3' });
    expect(projectEvent('callpad.status', { padId: 'pad', counterId: 'l1', state: 'connected', path: '/dev/hidraw0' } satisfies EventPayload<'callpad.status'>)).toBeNull();
    expect(projectEvent('survey.offered', { counterId: 'l1', ticketId: 't1', number: 'A001', serviceId: 'jht', expiresAt: '2026-11-23T02:00:00.000Z' })).toEqual({
      entity: { kind: 'ticket', id: 't1' }, payload: { serviceId: 'jht', counterId: 'l1' },
    });
  });

  it('a survey answer goes with its scores, as a copy', () => {
    const fact = { ticketId: 't1', serviceId: 'jht', counterId: null, questionnaire: 'ikm-2017', overall: 4, answers: { u1: 4 } };
    expect(HQ_FACTS['survey.answered'].safeParse(fact).success).toBe(true);
    const out = projectFact('survey.answered', fact);
    expect(out).toEqual({ entity: { kind: 'ticket', id: 't1' }, payload: fact });
    expect(out.payload).not.toBe(fact);
    expect(HQ_SCHEMA_VERSION).toBe(1);
    expect(SEAL_EVENT_TYPE).toBe('day.sealed');
  });

  it('complaint audit steps send the reference and the defined fields only; warnings and others stay', () => {
    expect(projectAudit({ action: 'complaint.status_changed', detail: { reference: 'PGD-1', from: 'baru', to: 'diproses', category: undefined, text: 'rahasia' } })).toStrictEqual({
      type: 'complaint.status_changed', projected: { entity: { kind: 'complaint', id: 'PGD-1' }, payload: { from: 'baru', to: 'diproses' } },
    });
    expect(projectAudit({ action: 'complaint.received', detail: { reference: 'PGD-2', channel: 'kiosk', category: 'jht', personHash: 'h', from: null } })).toEqual({
      type: 'complaint.received', projected: { entity: { kind: 'complaint', id: 'PGD-2' }, payload: { channel: 'kiosk', category: 'jht', personHash: 'h', from: null } },
    });
    expect(projectAudit({ action: 'complaint.warning', detail: { reference: 'PGD-1' } })).toBeNull();
    expect(projectAudit({ action: 'complaint.received', detail: { channel: 'kiosk' } })).toBeNull();
    expect(projectAudit({ action: 'complaint.received' })).toBeNull();
    expect(projectAudit({ action: 'user.created', detail: { reference: 'x' } })).toBeNull();
    expect(projectAudit({ action: 'xcomplaint.received', detail: { reference: 'x' } })).toBeNull();
  });

  it('a suggestion sends its id only, a number or a string', () => {
    expect(projectAudit({ action: 'suggestion.received', detail: { id: 12, text: 'rahasia' } })).toEqual({ type: 'suggestion.received', projected: { entity: { kind: 'suggestion', id: '12' }, payload: {} } });
    expect(projectAudit({ action: 'suggestion.received', detail: { id: 'S-3' } })?.projected.entity).toEqual({ kind: 'suggestion', id: 'S-3' });
    expect(projectAudit({ action: 'suggestion.received', detail: {} })).toBeNull();
  });
});

describe('the day digest', () => {
  it('sorts by sequence, counts by type in key order and hashes "seq:id" lines', () => {
    const d = dayDigest([
      { seq: 12, eventId: 'e12', type: 'ticket.issued' },
      { seq: 10, eventId: 'e10', type: 'ticket.called' },
      { seq: 11, eventId: 'e11', type: 'ticket.issued' },
    ]);
    expect(d).toEqual({ firstSeq: 10, lastSeq: 12, count: 3, countsByType: { 'ticket.called': 1, 'ticket.issued': 2 }, hashInput: '10:e10\n11:e11\n12:e12' });
    expect(Object.keys(d.countsByType)).toEqual(['ticket.called', 'ticket.issued']);
    const reversed = dayDigest([{ seq: 2, eventId: 'b', type: 'z.type' }, { seq: 1, eventId: 'a', type: 'a.type' }, { seq: 3, eventId: 'c', type: 'm.type' }]);
    expect(Object.keys(reversed.countsByType)).toEqual(['a.type', 'm.type', 'z.type']);
  });

  it('an empty day has no sequences', () => {
    expect(dayDigest([])).toEqual({ firstSeq: null, lastSeq: null, count: 0, countsByType: {}, hashInput: '' });
  });
});

describe('days, sequences and waits: edges', () => {
  it('the next day crosses month ends; an event on an earlier day than the seal goes after the seal', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(outboxDayOf('2026-11-20', '2026-11-23')).toBe('2026-11-24');
    expect(outboxDayOf('2026-11-24', '2026-11-23')).toBe('2026-11-24');
  });

  it('writes the Jakarta offset and reads the local day back', () => {
    const t = localTimeOf(Date.parse('2026-11-23T17:30:00Z'), 'Asia/Jakarta');
    expect(t).toBe('2026-11-24T00:30:00.000+07:00');
    expect(localDayOf(t)).toBe('2026-11-24');
  });

  it('more than three gaps: three shown, the rest counted', () => {
    const gaps = [{ from: 2, to: 2 }, { from: 5, to: 6 }, { from: 9, to: 9 }, { from: 12, to: 14 }, { from: 20, to: 20 }];
    expect(completenessText('Cabang X', [], gaps)).toBe('Cabang X: seq 2, 5-6, 9 dan 2 celah lain belum diterima');
    expect(completenessText('Cabang X', [], gaps.slice(0, 3))).toBe('Cabang X: seq 2, 5-6, 9 belum diterima');
    expect(completenessText('Cabang X', ['2026-11-21'], [])).toBe('Cabang X: 1 hari belum lengkap');
  });

  it('islands before the prefix are skipped, overlapping ones merged, nothing reported past the prefix gives no gap', () => {
    expect(gapsOf(10, [{ from: 3, to: 5 }], 10)).toEqual([]);
    expect(gapsOf(0, [{ from: 3, to: 5 }, { from: 4, to: 8 }], 10)).toEqual([{ from: 1, to: 2 }, { from: 9, to: 10 }]);
    expect(gapsOf(0, [{ from: 1, to: 4 }], 4)).toEqual([]);
    expect(gapsOf(4, [], 5)).toEqual([{ from: 5, to: 5 }]);
    expect(gapsOf(0, [{ from: 2, to: 3 }, { from: 4, to: 6 }], 6)).toEqual([{ from: 1, to: 1 }]);
    // An island ending exactly where the next missing number would be still moves past it.
    expect(gapsOf(0, [{ from: 3, to: 5 }, { from: 6, to: 6 }], 7)).toEqual([{ from: 1, to: 2 }, { from: 7, to: 7 }]);
    expect(gapsOf(0, [{ from: 3, to: 5 }, { from: 5, to: 5 }], 6)).toEqual([{ from: 1, to: 2 }, { from: 6, to: 6 }]);
  });

  it('ranges of repeated sequences, and their count', () => {
    expect(rangesOf([1, 2, 2, 3, 7, 8, 8])).toEqual([{ from: 1, to: 3 }, { from: 7, to: 8 }]);
    expect(countInRanges([{ from: 1, to: 3 }, { from: 7, to: 8 }])).toBe(5);
    expect(rangeLabel({ from: 1_000, to: 1_001 })).toBe('1.000-1.001');
  });

  it('percentiles at the ends and rounding to one decimal', () => {
    expect(percentile([4, 8], 0)).toBe(4);
    expect(percentile([4, 8], 100)).toBe(8);
    expect(percentile([], 50)).toBeNull();
    expect(summarizeWaits([1, 2, 3], 2)).toEqual({ served: 3, medianMinutes: 2, p90Minutes: 3, withinTargetPercent: 66.7 });
    expect(summarizeWaits([1.25, 3], 1)).toMatchObject({ medianMinutes: 1.3, withinTargetPercent: 0 });
  });
});
