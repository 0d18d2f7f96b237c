/**
 * Property tests of the engine on the real store: random days of issuing, calling, serving, missing
 * and returning, checked against the pure policy and the queue's invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideNextFromWaiting } from '../../shared/queue/policy.ts';
import { FAST_TRACK_REASONS, type FastTrackReason } from '../../shared/queue/ticket.ts';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR } from './actor.ts';

type Command =
  | { kind: 'issue'; service: number; fastTrack: FastTrackReason | null }
  | { kind: 'advance'; minutes: number }
  | { kind: 'call'; counter: number }
  | { kind: 'serve'; counter: number }
  | { kind: 'no-show'; counter: number }
  | { kind: 'return'; pick: number }
  | { kind: 'transfer'; pick: number }
  | { kind: 'cancel'; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('issue' as const), service: fc.nat(1), fastTrack: fc.option(fc.constantFrom(...FAST_TRACK_REASONS), { freq: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 0, max: 25 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('call' as const), counter: fc.nat(1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('serve' as const), counter: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('no-show' as const), counter: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('return' as const), pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('transfer' as const), pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20) }) },
);

const policyArb = fc.record({ maxNormalWaitMinutes: fc.integer({ min: 5, max: 60 }), maxConsecutiveFastTrack: fc.integer({ min: 1, max: 4 }) });

const sortRows = (rows: unknown[]) => (rows as { service_id: string; priority: number }[]).map((r) => JSON.stringify(r)).sort();

function runDay(commands: Command[], policy: { maxNormalWaitMinutes: number; maxConsecutiveFastTrack: number }) {
  const config = smallBranchConfig({ fastTrack: policy });
  const s = makeTestServices({ config });
  const services = config.services.map((x) => x.id);
  const counters = config.counters;
  const runs = new Map<string, number>(counters.map((c) => [c.id, 0]));
  const calls = new Map<string, number>();
  // A return or a transfer puts a ticket back in a line: it may then be called once more.
  const requeues = new Map<string, number>();
  const cso = (i: number) => officer(i + 1);
  const today = () => s.engine.ticketsOfDay(s.engine.today());
  const activeOf = (counterId: string) => today().find((t) => t.counterId === counterId && (t.status === 'called' || t.status === 'serving'));

  const call = (i: number) => {
    const counter = counters[i]!;
    const active = activeOf(counter.id);
    const waiting = today().filter((t) => t.status === 'waiting' && counter.serviceIds.includes(t.serviceId));
    const expected = decideNextFromWaiting(
      waiting.map((t) => ({ id: t.id, seq: t.seq, queuedAt: t.queuedAt, fastTrack: t.fastTrack !== null })),
      runs.get(counter.id) ?? 0,
      policy,
      s.clock.now(),
    );
    if (active) {
      expect(() => s.engine.callNext(counter.id, cso(i))).toThrow();
      return;
    }
    const called = s.engine.callNext(counter.id, cso(i));
    // The policy exactly as written: the engine's indexed look-ups choose what the reference chooses.
    expect(called?.id ?? null).toBe(expected?.ticket.id ?? null);
    expect(called?.callRule ?? null).toBe(expected?.rule ?? null);
    if (called && expected) {
      runs.set(counter.id, expected.ticket.fastTrack ? (runs.get(counter.id) ?? 0) + 1 : 0);
      calls.set(called.id, (calls.get(called.id) ?? 0) + 1);
    }
  };

  for (const c of commands) {
    switch (c.kind) {
      case 'issue': {
        // A visitor arrives after everyone already in the queue (ties in the same millisecond
        // across services have no meaningful order).
        s.clock.ms += 1;
        const issued = s.engine.issue({ serviceId: services[c.service]!, fastTrack: c.fastTrack }, KIOSK_ACTOR);
        // The fast count on issue agrees with counting the queue.
        expect(issued.ahead).toBe(s.engine.estimateFor(issued.ticket).ahead);
        break;
      }
      case 'advance':
        s.clock.advanceMinutes(c.minutes);
        break;
      case 'call':
        call(c.counter);
        break;
      case 'serve': {
        const active = activeOf(counters[c.counter]!.id);
        if (active?.status === 'called') s.engine.start(active.id, cso(c.counter));
        if (active) s.engine.finish(active.id, cso(c.counter));
        break;
      }
      case 'no-show': {
        const active = activeOf(counters[c.counter]!.id);
        if (active?.status === 'called') s.engine.noShow(active.id, cso(c.counter));
        break;
      }
      case 'transfer': {
        const open = today().filter((t) => t.status === 'waiting' || t.status === 'called' || t.status === 'serving');
        const t = open[c.pick % Math.max(1, open.length)];
        if (t) {
          const target = services.find((id) => id !== t.serviceId)!;
          // Any ticket, at any counter: only a supervisor may (a CSO only at the counter they hold).
          s.engine.transfer(t.id, target, { userId: 99, username: 'kepala', role: 'supervisor' });
          requeues.set(t.id, (requeues.get(t.id) ?? 0) + 1);
        }
        break;
      }
      case 'cancel': {
        const cancellable = today().filter((t) => t.status === 'waiting' || t.status === 'missed');
        const t = cancellable[c.pick % Math.max(1, cancellable.length)];
        if (t) s.engine.cancel(t.id, cso(0));
        break;
      }
      case 'return': {
        const missed = today().filter((t) => t.status === 'missed');
        const t = missed[c.pick % Math.max(1, missed.length)];
        if (t) {
          s.engine.returnToQueue(t.id, cso(0));
          requeues.set(t.id, (requeues.get(t.id) ?? 0) + 1);
        }
        break;
      }
    }
    for (const counter of counters) {
      expect(today().filter((t) => t.counterId === counter.id && (t.status === 'called' || t.status === 'serving')).length).toBeLessThanOrEqual(1);
    }
    // The trigger-kept line counts always equal the waiting tickets.
    const counted = s.db.prepare("SELECT service_id, priority, COUNT(*) AS n FROM tickets WHERE status = 'waiting' GROUP BY service_id, priority").all();
    const kept = s.db.prepare('SELECT service_id, priority, waiting AS n FROM line_counts WHERE waiting > 0').all();
    expect(sortRows(kept)).toEqual(sortRows(counted));
  }
  return { s, counters, calls, requeues, today, call, activeOf, cso };
}

describe('queue engine properties', () => {
  it('calls exactly the ticket the policy chooses, and never calls a ticket twice', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 80 }), policyArb, (commands, policy) => {
        const { calls, requeues, s } = runDay(commands, policy);
        for (const [id, n] of calls) expect(n).toBeLessThanOrEqual(1 + (requeues.get(id) ?? 0));
        const events = s.db.prepare("SELECT data FROM events WHERE type = 'ticket.called'").all() as { data: string }[];
        const ids = events.map((e) => (JSON.parse(e.data) as { ticket: { id: string } }).ticket.id);
        for (const id of new Set(ids)) expect(ids.filter((x) => x === id).length).toBeLessThanOrEqual(1 + (requeues.get(id) ?? 0));
      }),
      { numRuns: 150 },
    );
  });

  it('eventually calls every waiting ticket when counters keep serving', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), policyArb, (commands, policy) => {
        const { s, counters, today, call, activeOf, cso } = runDay(commands, policy);
        const waitingBefore = today().filter((t) => t.status === 'waiting').map((t) => t.id);
        for (let round = 0; round < 200 && today().some((t) => t.status === 'waiting' || t.status === 'called' || t.status === 'serving'); round++) {
          counters.forEach((counter, i) => {
            const active = activeOf(counter.id);
            if (active?.status === 'called') s.engine.start(active.id, cso(i));
            if (active) s.engine.finish(active.id, cso(i));
            call(i);
          });
          s.clock.advanceMinutes(1);
        }
        const after = new Map(today().map((t) => [t.id, t]));
        for (const id of waitingBefore) {
          expect(after.get(id)?.status).toBe('done');
          expect(after.get(id)?.calledAt).not.toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });
});
