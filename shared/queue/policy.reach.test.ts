/**
 * Property tests of the fast-track policy whose generators reach every rule often, and a call-by-call
 * property of the fast-track run against an independent model (the run is the number of fast-track
 * calls since the last normal one). The older property test drew ticket lists at random; it reached
 * "rule 3 because the run is at its limit" about once in 250 runs, so a run counter that was never
 * reset went unnoticed. Here each case is counted, and the test fails when one becomes rare.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQueueOrder, decideNext, nextConsecutiveFastTrack, oldestOf, type Candidate, type FastTrackPolicy } from './policy.ts';
import type { CallRule } from './ticket.ts';

const MIN = 60_000;

/** The policy stated in words, written again without looking at decideNext. */
function expectedRule(input: { normalWaitedMs: number | null; fastTrackWaits: boolean; run: number; policy: FastTrackPolicy }): CallRule | null {
  const { normalWaitedMs, fastTrackWaits, run, policy } = input;
  const normalWaits = normalWaitedMs !== null;
  if (normalWaits && normalWaitedMs >= policy.maxNormalWaitMinutes * MIN) return 'normal-wait-limit';
  if (fastTrackWaits && (!normalWaits || run < policy.maxConsecutiveFastTrack)) return 'fast-track';
  if (normalWaits) return 'normal';
  return null;
}

/** Which sentence of the policy decided: finer than the rule, so every branch is counted. */
type Case = 'nobody' | 'wait-limit' | 'fast-track:no-normal' | 'fast-track:run-below-limit' | 'normal:run-at-limit' | 'normal:no-fast-track';

function caseOf(input: { normalWaitedMs: number | null; fastTrackWaits: boolean; run: number; policy: FastTrackPolicy }): Case {
  const rule = expectedRule(input);
  if (rule === null) return 'nobody';
  if (rule === 'normal-wait-limit') return 'wait-limit';
  if (rule === 'fast-track') return input.normalWaitedMs === null ? 'fast-track:no-normal' : 'fast-track:run-below-limit';
  return input.fastTrackWaits ? 'normal:run-at-limit' : 'normal:no-fast-track';
}

const policyArb = fc.record({ maxNormalWaitMinutes: fc.integer({ min: 1, max: 60 }), maxConsecutiveFastTrack: fc.integer({ min: 1, max: 5 }) });

/**
 * One decision: the waits are drawn relative to the policy's limit (well under, one millisecond
 * either side, exactly at, well over) and the run relative to its limit, so each sentence of the
 * policy gets a fair share of the cases instead of depending on luck.
 */
const decisionArb = policyArb.chain((policy) => {
  const limitMs = policy.maxNormalWaitMinutes * MIN;
  const waited = fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: limitMs - 1 }) },
    { weight: 1, arbitrary: fc.constantFrom(limitMs - 1, limitMs, limitMs + 1) },
    { weight: 1, arbitrary: fc.integer({ min: limitMs, max: limitMs + 120 * MIN }) },
  );
  const run = fc.oneof(
    fc.integer({ min: 0, max: policy.maxConsecutiveFastTrack - 1 }),
    fc.constantFrom(policy.maxConsecutiveFastTrack - 1, policy.maxConsecutiveFastTrack),
    fc.integer({ min: policy.maxConsecutiveFastTrack, max: policy.maxConsecutiveFastTrack + 5 }),
  );
  return fc.record({
    policy: fc.constant(policy),
    normalWaitedMs: fc.option(waited, { freq: 5 }),
    fastTrackWaitedMs: fc.option(fc.integer({ min: 0, max: limitMs + 60 * MIN }), { freq: 2 }),
    run,
    now: fc.integer({ min: 200 * MIN, max: 24 * 60 * MIN }),
  });
});

const candidate = (id: string, queuedAt: number, fastTrack: boolean): Candidate => ({ id, seq: 1, queuedAt, fastTrack });

describe('fast-track policy: every rule, often', () => {
  it('decides exactly as the policy is written, and each of its sentences decides at least 5% of the cases (about 10-25% each)', () => {
    const seen: Record<Case, number> = {
      nobody: 0,
      'wait-limit': 0,
      'fast-track:no-normal': 0,
      'fast-track:run-below-limit': 0,
      'normal:run-at-limit': 0,
      'normal:no-fast-track': 0,
    };
    const runs = 2000;
    fc.assert(
      fc.property(decisionArb, ({ policy, normalWaitedMs, fastTrackWaitedMs, run, now }) => {
        const oldestNormal = normalWaitedMs === null ? null : candidate('n', now - normalWaitedMs, false);
        const oldestFastTrack = fastTrackWaitedMs === null ? null : candidate('f', now - fastTrackWaitedMs, true);
        const decision = decideNext({ oldestNormal, oldestFastTrack, consecutiveFastTrackCalls: run, policy, now });
        const facts = { normalWaitedMs, fastTrackWaits: oldestFastTrack !== null, run, policy };
        seen[caseOf(facts)] += 1;
        const rule = expectedRule(facts);
        expect(decision?.rule ?? null).toBe(rule);
        expect(decision?.ticket ?? null).toBe(rule === null ? null : rule === 'fast-track' ? oldestFastTrack : oldestNormal);
      }),
      { numRuns: runs },
    );
    console.info(`policy rule reach over ${runs} decisions: ${JSON.stringify(seen)}`);
    for (const [name, n] of Object.entries(seen)) {
      if (name === 'nobody') expect(n, name).toBeGreaterThan(0);
      else expect(n / runs, name).toBeGreaterThanOrEqual(0.05);
    }
  });
});

/**
 * A counter's day, call by call: the run after each call is the number of fast-track calls since
 * the last normal call (counted from the history, not with the formula under test).
 */
describe('fast-track run over a sequence of calls', () => {
  const trailingFastTrack = (history: readonly boolean[]): number => {
    let n = 0;
    for (let i = history.length - 1; i >= 0 && history[i] === true; i--) n++;
    return n;
  };

  it('a normal call resets the run; a fast-track call lengthens it', () => {
    expect(nextConsecutiveFastTrack(0, true)).toBe(1);
    expect(nextConsecutiveFastTrack(2, true)).toBe(3);
    expect(nextConsecutiveFastTrack(3, false)).toBe(0);
    expect(nextConsecutiveFastTrack(1, false)).toBe(0);
  });

  const usuallyTrue = fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

  it('the counter serves fast-track and normal visitors in the policy’s rhythm, and the run resets after every normal call', () => {
    let runsAtLimitThenReset = 0;
    const runs = 300;
    fc.assert(
      fc.property(
        policyArb,
        // Both lines usually wait (that is when the run matters); sometimes one is empty.
        fc.array(fc.record({ normalWaits: usuallyTrue, fastTrackWaits: usuallyTrue }), { minLength: 5, maxLength: 40 }),
        (policy, steps) => {
          const history: boolean[] = [];
          let run = 0;
          let resetAfterLimit = false;
          for (const step of steps) {
            const now = 100 * MIN;
            const decision = decideNext({
              oldestNormal: step.normalWaits ? candidate('n', now - MIN, false) : null,
              oldestFastTrack: step.fastTrackWaits ? candidate('f', now - MIN, true) : null,
              consecutiveFastTrackCalls: run,
              policy,
              now,
            });
            const expected = expectedRule({ normalWaitedMs: step.normalWaits ? MIN : null, fastTrackWaits: step.fastTrackWaits, run: trailingFastTrack(history), policy });
            expect(decision?.rule ?? null).toBe(expected);
            if (!decision) continue;
            if (decision.rule === 'normal' && run >= policy.maxConsecutiveFastTrack) resetAfterLimit = true;
            history.push(decision.ticket.fastTrack);
            run = nextConsecutiveFastTrack(run, decision.ticket.fastTrack);
            expect(run).toBe(trailingFastTrack(history));
          }
          if (resetAfterLimit) runsAtLimitThenReset += 1;
        },
      ),
      { numRuns: runs },
    );
    console.info(`policy sequence reach: ${runsAtLimitThenReset} of ${runs} days had a normal call forced by the run limit`);
    expect(runsAtLimitThenReset / runs).toBeGreaterThanOrEqual(0.3);
  });
});

describe('queue order ties', () => {
  it('same arrival and number (two services at one counter): the id decides, both ways', () => {
    const a = { id: 'a', seq: 4, queuedAt: 10, fastTrack: false };
    const b = { id: 'b', seq: 4, queuedAt: 10, fastTrack: false };
    expect(compareQueueOrder(a, b)).toBe(-1);
    expect(compareQueueOrder(b, a)).toBe(1);
    expect(compareQueueOrder(a, { ...a })).toBe(0);
    expect(oldestOf([b, a])).toBe(a);
    expect(oldestOf([a, b])).toBe(a);
    expect(oldestOf([null, undefined, b])).toBe(b);
    expect(oldestOf([])).toBeNull();
    // Arrival first, then number, then id.
    expect(compareQueueOrder({ ...b, queuedAt: 9 }, a)).toBeLessThan(0);
    expect(compareQueueOrder({ ...b, seq: 3 }, a)).toBeLessThan(0);
  });
});
