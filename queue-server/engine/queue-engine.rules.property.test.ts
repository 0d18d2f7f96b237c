/**
 * Property test of call-next on the real engine against an independent model of one counter's
 * queue. The generator is shaped so that every sentence of the fast-track policy decides often
 * (two lines that both usually wait, short waits with an occasional long one, small run limits),
 * and the test counts how often each one fired: if a change of the generator makes a rule rare,
 * the test says so instead of silently testing less.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTestServices, officer, smallBranchConfig } from '../testing/fixtures.ts';
import { KIOSK_ACTOR } from './actor.ts';

const MIN = 60_000;

type Command = { kind: 'issue'; fast: boolean } | { kind: 'advance'; minutes: number } | { kind: 'call' };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('issue' as const), fast: fc.boolean() }) },
  { weight: 5, arbitrary: fc.constant({ kind: 'call' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 2 }) }, { weight: 2, arbitrary: fc.integer({ min: 5, max: 25 }) }) }) },
);

const policyArb = fc.record({ maxNormalWaitMinutes: fc.integer({ min: 5, max: 20 }), maxConsecutiveFastTrack: fc.integer({ min: 1, max: 3 }) });

type Case = 'wait-limit' | 'fast-track:no-normal' | 'fast-track:run-below-limit' | 'normal:run-at-limit' | 'normal:no-fast-track' | 'fast-track:after-reset';

interface ModelTicket {
  id: string;
  queuedAt: number;
  seq: number;
  fast: boolean;
}

describe('call-next against an independent model, reaching every policy rule', () => {
  it('calls whom the model calls, by the rule the model names', () => {
    const runs = 150;
    const daysWith: Record<Case, number> = {
      'wait-limit': 0,
      'fast-track:no-normal': 0,
      'fast-track:run-below-limit': 0,
      'normal:run-at-limit': 0,
      'normal:no-fast-track': 0,
      'fast-track:after-reset': 0,
    };
    const calls: Record<Case, number> = { ...daysWith };

    fc.assert(
      fc.property(policyArb, fc.array(commandArb, { minLength: 20, maxLength: 80 }), (policy, commands) => {
        const s = makeTestServices({ config: smallBranchConfig({ fastTrack: policy }) });
        const cso = officer(1);
        // The model: the line as a plain list, and the counter's history of calls.
        const waiting: ModelTicket[] = [];
        const history: boolean[] = [];
        let lastWasForcedNormal = false;
        let active: string | null = null;
        const seenToday = new Set<Case>();

        for (const c of commands) {
          if (c.kind === 'advance') {
            s.clock.advanceMinutes(c.minutes);
            continue;
          }
          if (c.kind === 'issue') {
            s.clock.ms += 1;
            const t = s.engine.issue({ serviceId: 'jht', fastTrack: c.fast ? 'pregnant' : null }, KIOSK_ACTOR).ticket;
            waiting.push({ id: t.id, queuedAt: s.clock.now(), seq: t.seq, fast: c.fast });
            continue;
          }
          // Call: the counter finishes whom it has, then calls the next one.
          if (active !== null) {
            s.engine.start(active, cso);
            s.engine.finish(active, cso);
          }
          const byAge = (a: ModelTicket, b: ModelTicket) => a.queuedAt - b.queuedAt || a.seq - b.seq;
          const normal = waiting.filter((t) => !t.fast).sort(byAge)[0];
          const fast = waiting.filter((t) => t.fast).sort(byAge)[0];
          let run = 0;
          while (run < history.length && history[history.length - 1 - run] === true) run++;

          let expected: { ticket: ModelTicket; rule: string; case: Case } | null = null;
          if (normal && s.clock.now() - normal.queuedAt >= policy.maxNormalWaitMinutes * MIN) expected = { ticket: normal, rule: 'normal-wait-limit', case: 'wait-limit' };
          else if (fast && !normal) expected = { ticket: fast, rule: 'fast-track', case: 'fast-track:no-normal' };
          else if (fast && run < policy.maxConsecutiveFastTrack) expected = { ticket: fast, rule: 'fast-track', case: lastWasForcedNormal ? 'fast-track:after-reset' : 'fast-track:run-below-limit' };
          else if (normal) expected = { ticket: normal, rule: 'normal', case: fast ? 'normal:run-at-limit' : 'normal:no-fast-track' };

          const called = s.engine.callNext('l1', cso);
          expect(called?.id ?? null).toBe(expected?.ticket.id ?? null);
          expect(called?.callRule ?? null).toBe(expected?.rule ?? null);
          active = called?.id ?? null;
          if (expected) {
            calls[expected.case] += 1;
            seenToday.add(expected.case);
            waiting.splice(waiting.indexOf(expected.ticket), 1);
            history.push(expected.ticket.fast);
            lastWasForcedNormal = expected.case === 'normal:run-at-limit';
          }
        }
        for (const c of seenToday) daysWith[c] += 1;
      }),
      { numRuns: runs },
    );
    console.info(`engine rule reach over ${runs} days: days in which each case decided a call ${JSON.stringify(daysWith)}; calls ${JSON.stringify(calls)}`);
    // Every case decides a call in a fair share of the generated days (typically 40-95%).
    for (const [name, n] of Object.entries(daysWith)) expect(n / runs, name).toBeGreaterThanOrEqual(0.2);
  });
});
