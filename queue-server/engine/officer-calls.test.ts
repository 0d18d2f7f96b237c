/**
 * The console's two calls outside call-next: a number called by hand (out of order, with its
 * reason in the audit trail) and a transfer to a counter by name (that counter calls it first,
 * no other counter takes it). Through the engine, on the real store.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { callOrder, DEFAULT_FAST_TRACK_POLICY } from '../../shared/queue/policy.ts';
import { AuditRepository } from '../store/audit-repository.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR } from './actor.ts';
import { toPublicTicket } from './dto.ts';

const cso1 = officer(1);
const cso2 = officer(2);
const branch = () => makeTestServices({ config: smallBranchConfig() });
type Services = ReturnType<typeof branch>;
const issue = (s: Services, serviceId = 'jht', fastTrack: 'elderly' | null = null) => s.engine.issue({ serviceId, fastTrack }, KIOSK_ACTOR).ticket;

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('calling a specific number', () => {
  it('calls it out of order, records the rule and reason, and leaves the rest in policy order', () => {
    const s = branch();
    const a1 = issue(s);
    s.clock.advanceMinutes(1);
    const a2 = issue(s);
    s.clock.advanceMinutes(1);
    const a3 = issue(s);
    s.counters.open('l1', cso1);
    const called = s.engine.callSpecific('l1', a3.id, 'Pengunjung sudah di depan loket', cso1);
    expect(called).toMatchObject({ id: a3.id, status: 'called', counterId: 'l1', callRule: 'out-of-order' });
    const audit = new AuditRepository(s.db).byAction('call');
    expect(audit.at(-1)).toMatchObject({ ticketId: a3.id, counterId: 'l1', detail: { rule: 'out-of-order', reason: 'Pengunjung sudah di depan loket' } });
    s.engine.start(a3.id, cso1);
    s.engine.finish(a3.id, cso1);
    expect(s.engine.callNext('l1', cso1)?.id).toBe(a1.id);
    expect(a2.status).toBe('waiting');
  });

  it('refuses a number the counter does not serve, one already called, and while busy or paused', () => {
    const s = branch();
    const info = issue(s, 'info');
    const a1 = issue(s);
    const a2 = issue(s);
    s.counters.open('l1', cso1);
    expect(codeOf(() => s.engine.callSpecific('l1', info.id, 'alasan', cso1))).toBe('counter.wrong_service');
    s.engine.callSpecific('l1', a2.id, 'alasan', cso1);
    expect(codeOf(() => s.engine.callSpecific('l1', a1.id, 'alasan', cso1))).toBe('counter.has_active_ticket');
    s.counters.open('l2', cso2);
    expect(codeOf(() => s.engine.callSpecific('l2', a2.id, 'alasan', cso2))).toBe('ticket.wrong_state');
    s.counters.pause('l2', 'Istirahat', cso2);
    expect(codeOf(() => s.engine.callSpecific('l2', a1.id, 'alasan', cso2))).toBe('counter.paused');
  });
});

describe('transfer to a counter by name', () => {
  it('is called first by that counter, never by another, and the board does not place it there early', () => {
    const s = branch();
    const a1 = issue(s);
    const a2 = issue(s);
    s.counters.open('l1', cso1);
    s.counters.open('l2', cso2);
    expect(s.engine.callNext('l1', cso1)?.id).toBe(a1.id);
    const moved = s.engine.transfer(a1.id, 'jht', cso1, 'l2');
    expect(moved).toMatchObject({ status: 'waiting', counterId: 'l2', serviceId: 'jht' });
    expect(toPublicTicket(moved).counterId).toBeNull();
    const audit = new AuditRepository(s.db).byAction('transfer');
    expect(audit.at(-1)).toMatchObject({ ticketId: a1.id, detail: { serviceId: 'jht', toCounterId: 'l2' } });
    // Loket 1 skips it (it waits for Loket 2), Loket 2 calls it before the older line.
    expect(s.engine.callNext('l1', cso1)?.id).toBe(a2.id);
    expect(codeOf(() => s.engine.callSpecific('l1', a1.id, 'alasan', cso1))).toBe('counter.has_active_ticket');
    const atL2 = s.engine.callNext('l2', cso2);
    expect(atL2).toMatchObject({ id: a1.id, callRule: 'directed', counterId: 'l2' });
  });

  it('refuses a counter that does not serve the service, and an out-of-order call from another counter', () => {
    const s = branch();
    const info = issue(s, 'info');
    s.counters.open('l2', cso2);
    s.engine.callNext('l2', cso2);
    expect(codeOf(() => s.engine.transfer(info.id, 'info', cso2, 'l1'))).toBe('counter.wrong_service');
    const a1 = issue(s);
    s.engine.transfer(a1.id, 'jht', cso2, 'l2');
    s.counters.open('l1', cso1);
    expect(codeOf(() => s.engine.callSpecific('l1', a1.id, 'alasan', cso1))).toBe('ticket.other_counter');
  });
});

describe('the call order the console shows', () => {
  it('is the order call-next then really calls', () => {
    const s = branch();
    const issued = [issue(s), issue(s, 'jht', 'elderly'), issue(s), issue(s, 'jht', 'elderly'), issue(s, 'jht', 'elderly'), issue(s, 'jht', 'elderly'), issue(s)];
    s.counters.open('l1', cso1);
    const toCandidate = (t: (typeof issued)[number]) => ({ id: t.id, seq: t.seq, queuedAt: t.queuedAt, fastTrack: t.fastTrack !== null });
    const predicted = callOrder({ directed: [], waiting: issued.map(toCandidate), consecutiveFastTrackCalls: 0, policy: DEFAULT_FAST_TRACK_POLICY, now: s.clock.now() }).map((d) => d.ticket.id);
    const actual: string[] = [];
    for (;;) {
      const t = s.engine.callNext('l1', cso1);
      if (!t) break;
      actual.push(t.id);
      s.engine.start(t.id, cso1);
      s.engine.finish(t.id, cso1);
    }
    expect(actual).toEqual(predicted);
    expect(predicted).toHaveLength(issued.length);
  });

  it('matches call-next for any mix of arrivals, fast track and waits (clock standing still while calling)', () => {
    const arrival = fc.record({ fast: fc.boolean(), gapMinutes: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.array(arrival, { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 60 }), (arrivals, waitAfter) => {
        const s = branch();
        const issued = arrivals.map((a) => {
          s.clock.advanceMinutes(a.gapMinutes);
          return issue(s, 'jht', a.fast ? 'elderly' : null);
        });
        s.clock.advanceMinutes(waitAfter);
        s.counters.open('l1', cso1);
        const predicted = callOrder({
          directed: [],
          waiting: issued.map((t) => ({ id: t.id, seq: t.seq, queuedAt: t.queuedAt, fastTrack: t.fastTrack !== null })),
          consecutiveFastTrackCalls: 0,
          policy: s.config.fastTrack,
          now: s.clock.now(),
        }).map((d) => d.ticket.id);
        const actual: string[] = [];
        for (let t = s.engine.callNext('l1', cso1); t; t = s.engine.callNext('l1', cso1)) {
          actual.push(t.id);
          s.engine.start(t.id, cso1);
          s.engine.finish(t.id, cso1);
        }
        expect(actual).toEqual(predicted);
      }),
      { numRuns: 60 },
    );
  });
});
