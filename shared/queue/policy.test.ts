import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQueueOrder, decideNext, decideNextFromWaiting, DEFAULT_FAST_TRACK_POLICY, type Candidate } from './policy.ts';

const MIN = 60_000;
const policy = DEFAULT_FAST_TRACK_POLICY;
const t = (id: string, queuedAtMin: number, fastTrack: boolean, seq = 1): Candidate => ({ id, seq, queuedAt: queuedAtMin * MIN, fastTrack });

describe('fast-track policy as written', () => {
  it('calls nobody when nobody waits', () => {
    expect(decideNext({ oldestNormal: null, oldestFastTrack: null, consecutiveFastTrackCalls: 0, policy, now: 0 })).toBeNull();
  });

  it('rule 1: a normal ticket that has waited 45 minutes goes before any fast-track ticket', () => {
    const normal = t('n', 0, false);
    const fast = t('f', 40, true);
    const d = decideNext({ oldestNormal: normal, oldestFastTrack: fast, consecutiveFastTrackCalls: 0, policy, now: 45 * MIN });
    expect(d).toEqual({ ticket: normal, rule: 'normal-wait-limit' });
  });

  it('rule 1 does not fire one millisecond before the limit', () => {
    const d = decideNext({ oldestNormal: t('n', 0, false), oldestFastTrack: t('f', 1, true), consecutiveFastTrackCalls: 0, policy, now: 45 * MIN - 1 });
    expect(d?.rule).toBe('fast-track');
  });

  it('rule 2: fast track goes first while the counter has made fewer than 3 fast-track calls in a row', () => {
    for (const run of [0, 1, 2]) {
      const d = decideNext({ oldestNormal: t('n', 0, false), oldestFastTrack: t('f', 5, true), consecutiveFastTrackCalls: run, policy, now: 10 * MIN });
      expect(d?.rule).toBe('fast-track');
    }
  });

  it('rule 3: after 3 fast-track calls in a row a waiting normal ticket gets its turn', () => {
    const d = decideNext({ oldestNormal: t('n', 0, false), oldestFastTrack: t('f', 5, true), consecutiveFastTrackCalls: 3, policy, now: 10 * MIN });
    expect(d).toEqual({ ticket: t('n', 0, false), rule: 'normal' });
  });

  it('rule 2 ignores the run limit when no normal ticket waits', () => {
    const d = decideNext({ oldestNormal: null, oldestFastTrack: t('f', 5, true), consecutiveFastTrackCalls: 10, policy, now: 10 * MIN });
    expect(d?.rule).toBe('fast-track');
  });

  it('both limits are configurable', () => {
    const strict = { maxNormalWaitMinutes: 10, maxConsecutiveFastTrack: 1 };
    expect(decideNext({ oldestNormal: t('n', 0, false), oldestFastTrack: t('f', 1, true), consecutiveFastTrackCalls: 0, policy: strict, now: 10 * MIN })?.rule).toBe('normal-wait-limit');
    expect(decideNext({ oldestNormal: t('n', 0, false), oldestFastTrack: t('f', 1, true), consecutiveFastTrackCalls: 1, policy: strict, now: 5 * MIN })?.rule).toBe('normal');
  });

  it('oldest means earliest arrival, then lowest number', () => {
    const list = [t('b', 3, false, 7), t('a', 3, false, 2), t('c', 4, false, 1)];
    expect(decideNextFromWaiting(list, 0, policy, 5 * MIN)?.ticket.id).toBe('a');
    expect([...list].sort(compareQueueOrder).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  const candidate = fc.record({
    id: fc.uuid(),
    seq: fc.integer({ min: 1, max: 999 }),
    queuedAt: fc.integer({ min: 0, max: 120 * MIN }),
    fastTrack: fc.boolean(),
  });

  it('always picks a waiting ticket when one waits, and the rule it names holds', () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 40 }), fc.nat(6), fc.integer({ min: 0, max: 200 * MIN }), (waiting, run, now) => {
        const d = decideNextFromWaiting(waiting, run, policy, now);
        expect(d).not.toBeNull();
        if (!d) return;
        expect(waiting).toContain(d.ticket);
        const normals = waiting.filter((c) => !c.fastTrack).sort(compareQueueOrder);
        const fasts = waiting.filter((c) => c.fastTrack).sort(compareQueueOrder);
        const normalOverdue = normals[0] !== undefined && now - normals[0].queuedAt >= policy.maxNormalWaitMinutes * MIN;
        if (d.rule === 'normal-wait-limit') {
          expect(d.ticket).toBe(normals[0]);
          expect(normalOverdue).toBe(true);
        } else if (d.rule === 'fast-track') {
          expect(normalOverdue).toBe(false);
          expect(d.ticket).toBe(fasts[0]);
          expect(normals.length === 0 || run < policy.maxConsecutiveFastTrack).toBe(true);
        } else {
          expect(normalOverdue).toBe(false);
          expect(d.ticket).toBe(normals[0]);
          expect(fasts.length === 0 || run >= policy.maxConsecutiveFastTrack).toBe(true);
        }
      }),
    );
  });
});
